package dev.notes2omop.tagger.neural;

import dev.notes2omop.core.nlp.DictionaryTerm;
import dev.notes2omop.core.nlp.Mention;
import dev.notes2omop.core.nlp.NoteTagger;
import dev.notes2omop.tagger.assertion.SpanishAssertionDetector;
import dev.notes2omop.tagger.model.FeatureSpace;
import dev.notes2omop.tagger.model.SpanMentions;
import dev.notes2omop.tagger.model.TagSpan;
import dev.notes2omop.tagger.text.Tokens;
import dev.notes2omop.tagger.value.MeasurementValueExtractor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A {@link NoteTagger} backed by a trained {@link ModelPackage}. Thread-safe: each calling thread
 * gets its own {@link TaggerPredictor}. The model finds the spans and their labels; each mention
 * then gets its assertion from the {@link SpanishAssertionDetector} and, for a measurement, the
 * value written after it from the {@link MeasurementValueExtractor}, as with the dictionary tagger.
 * No concept hint: the mapper decides the concept. Closing it closes the predictors, not the
 * package.
 */
public final class ModelTagger implements NoteTagger, AutoCloseable {

  private final ModelPackage model;
  private final SpanMentions mentions;
  private final List<TaggerPredictor> opened = new ArrayList<>();
  private final ThreadLocal<TaggerPredictor> predictor;
  private volatile boolean closed;

  public ModelTagger(ModelPackage model) {
    this(model, List.of());
  }

  /**
   * A tagger whose gazetteer also flags {@code extraGazetteerTerms}, e.g. the loaded vocabulary's
   * and the site lexicons' terms.
   */
  public ModelTagger(ModelPackage model, Collection<DictionaryTerm> extraGazetteerTerms) {
    this(
        model,
        extraGazetteerTerms,
        new SpanishAssertionDetector(),
        new MeasurementValueExtractor());
  }

  /** A tagger with its own assertion rules and value extractor. */
  public ModelTagger(
      ModelPackage model,
      Collection<DictionaryTerm> extraGazetteerTerms,
      SpanishAssertionDetector assertions,
      MeasurementValueExtractor values) {
    this.model = Objects.requireNonNull(model, "model");
    FeatureSpace features = model.featuresWith(extraGazetteerTerms);
    this.mentions = new SpanMentions(assertions, values);
    this.predictor =
        ThreadLocal.withInitial(
            () -> {
              TaggerPredictor p = model.newPredictor(features);
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
    Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      return List.of();
    }
    Tokens tokens = Tokens.of(text);
    List<TagSpan> spans = predictor.get().spans(tokens);
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
      for (TaggerPredictor p : opened) {
        p.close();
      }
      opened.clear();
    }
  }
}
