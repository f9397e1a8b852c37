package dev.notes2omop.trainer.model;

import dev.notes2omop.core.nlp.Assertion;
import dev.notes2omop.core.nlp.Mention;
import dev.notes2omop.core.nlp.NoteTagger;
import dev.notes2omop.tagger.model.TagSpan;
import dev.notes2omop.tagger.text.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A {@link NoteTagger} backed by a trained {@link ModelPackage}. Thread-safe: each calling thread
 * gets its own {@link TaggerPredictor}. Mentions are affirmed, without value or concept hint: the
 * assertion and value rules run after it. Closing it closes the predictors, not the package.
 */
public final class ModelTagger implements NoteTagger, AutoCloseable {

  private final ModelPackage model;
  private final List<TaggerPredictor> opened = new ArrayList<>();
  private final ThreadLocal<TaggerPredictor> predictor;
  private volatile boolean closed;

  public ModelTagger(ModelPackage model) {
    this.model = Objects.requireNonNull(model, "model");
    this.predictor =
        ThreadLocal.withInitial(
            () -> {
              TaggerPredictor p = model.newPredictor();
              synchronized (opened) {
                opened.add(p);
              }
              return p;
            });
  }

  @Override
  public List<Mention> tag(String text) {
    if (closed) {
      throw new IllegalStateException("tagger " + id() + " is closed");
    }
    List<TagSpan> spans = predictor.get().spans(Tokens.of(text));
    List<Mention> mentions = new ArrayList<>(spans.size());
    for (TagSpan s : spans) {
      mentions.add(
          new Mention(s.start(), s.end(), s.text(text), s.label(), Assertion.AFFIRMED, null, 0));
    }
    return mentions;
  }

  @Override
  public String id() {
    return model.manifest().id();
  }

  @Override
  public void close() {
    closed = true;
    synchronized (opened) {
      for (TaggerPredictor p : opened) {
        p.close();
      }
      opened.clear();
    }
  }
}
