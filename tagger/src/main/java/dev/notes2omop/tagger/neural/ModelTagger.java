package dev.notes2omop.tagger.neural;

import dev.notes2omop.core.nlp.DictionaryTerm;
import dev.notes2omop.core.nlp.Mention;
import dev.notes2omop.core.nlp.NoteTagger;
import dev.notes2omop.tagger.assertion.SpanishAssertionDetector;
import dev.notes2omop.tagger.model.FeatureSpace;
import dev.notes2omop.tagger.model.PerThreadSpanTagger;
import dev.notes2omop.tagger.model.ScoreFault;
import dev.notes2omop.tagger.model.SpanMentions;
import dev.notes2omop.tagger.value.MeasurementValueExtractor;
import java.util.Collection;
import java.util.List;

/**
 * A {@link NoteTagger} backed by a trained {@link ModelPackage}. Thread-safe: each calling thread
 * gets its own {@link TaggerPredictor}. The model finds the spans and their labels; each mention
 * then gets its assertion from the {@link SpanishAssertionDetector} and, for a measurement, the
 * value written after it from the {@link MeasurementValueExtractor}, as with the dictionary tagger.
 * No concept hint: the mapper decides the concept. Closing it closes the predictors, not the
 * package. The per-thread bookkeeping is {@link PerThreadSpanTagger}'s. Opening one checks that the
 * engine computes the network as defined ({@link EngineCheck}).
 */
public final class ModelTagger implements NoteTagger, AutoCloseable {

  private final PerThreadSpanTagger tagger;

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
    this(model, extraGazetteerTerms, assertions, values, null);
  }

  /**
   * A tagger whose predictors' scores go through {@code fault} (fault injection for tests and soak
   * runs, docs/model.md; {@code null} for none).
   */
  public ModelTagger(
      ModelPackage model,
      Collection<DictionaryTerm> extraGazetteerTerms,
      SpanishAssertionDetector assertions,
      MeasurementValueExtractor values,
      ScoreFault fault) {
    EngineCheck.verify(model);
    FeatureSpace features = model.featuresWith(extraGazetteerTerms);
    this.tagger =
        new PerThreadSpanTagger(
            model.manifest().id(),
            () ->
                model.newPredictor(
                    features, fault != null && fault.strikesNewPredictor() ? fault : null),
            new SpanMentions(assertions, values));
  }

  /** Predictors closed and replaced after a failure, since the tagger opened. */
  public long replacedPredictors() {
    return tagger.replacedPredictors();
  }

  @Override
  public List<Mention> tag(String text) {
    return tagger.tag(text);
  }

  @Override
  public String id() {
    return tagger.id();
  }

  @Override
  public void close() {
    tagger.close();
  }
}
