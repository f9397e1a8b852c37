package dev.notes2omop.tagger.external;

import dev.notes2omop.core.nlp.Mention;
import dev.notes2omop.core.nlp.NoteTagger;
import dev.notes2omop.tagger.assertion.SpanishAssertionDetector;
import dev.notes2omop.tagger.model.SpanMentions;
import dev.notes2omop.tagger.model.TagSpan;
import dev.notes2omop.tagger.text.Tokens;
import dev.notes2omop.tagger.value.MeasurementValueExtractor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A {@link NoteTagger} backed by a {@link TorchScriptPackage}. Thread-safe: each calling thread
 * gets its own {@link TorchScriptScorer} (a DJL predictor). As with the neural and dictionary
 * taggers, each mention then gets its assertion from the {@link SpanishAssertionDetector} and, for
 * a measurement, the value written after it from the {@link MeasurementValueExtractor}; no concept
 * hint. Closing it closes the scorers, not the package.
 */
public final class ExternalModelTagger implements NoteTagger, AutoCloseable {

  private final TorchScriptPackage model;
  private final SpanMentions mentions;
  private final List<TorchScriptScorer> opened = new ArrayList<>();
  private final ThreadLocal<SubwordTagger> tagger;
  private volatile boolean closed;

  public ExternalModelTagger(TorchScriptPackage model) {
    this(model, new SpanishAssertionDetector(), new MeasurementValueExtractor());
  }

  /** A tagger with its own assertion rules and value extractor. */
  public ExternalModelTagger(
      TorchScriptPackage model,
      SpanishAssertionDetector assertions,
      MeasurementValueExtractor values) {
    this.model = Objects.requireNonNull(model, "model");
    this.mentions = new SpanMentions(assertions, values);
    this.tagger =
        ThreadLocal.withInitial(
            () -> {
              TorchScriptScorer scorer = model.newScorer();
              synchronized (opened) {
                opened.add(scorer);
              }
              return model.newTagger(scorer);
            });
  }

  @Override
  public List<Mention> tag(String text) {
    if (closed) {
      throw new IllegalStateException("tagger " + id() + " is closed");
    }
    Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      return List.of();
    }
    Tokens tokens = Tokens.of(text);
    List<TagSpan> spans = tagger.get().spans(tokens);
    return mentions.mentions(text, tokens, spans);
  }

  @Override
  public String id() {
    return model.manifest().id();
  }

  @Override
  public void close() {
    closed = true;
    synchronized (opened) {
      for (TorchScriptScorer s : opened) {
        s.close();
      }
      opened.clear();
    }
  }
}
