package dev.notes2omop.tagger.external;

import dev.notes2omop.core.nlp.Mention;
import dev.notes2omop.core.nlp.NoteTagger;
import dev.notes2omop.tagger.assertion.SpanishAssertionDetector;
import dev.notes2omop.tagger.model.PerThreadSpanTagger;
import dev.notes2omop.tagger.model.SpanMentions;
import dev.notes2omop.tagger.model.TagSpan;
import dev.notes2omop.tagger.text.Tokens;
import dev.notes2omop.tagger.value.MeasurementValueExtractor;
import java.util.List;

/**
 * A {@link NoteTagger} backed by a {@link TorchScriptPackage}. Thread-safe: each calling thread
 * gets its own {@link TorchScriptScorer} (a DJL predictor). As with the neural and dictionary
 * taggers, each mention then gets its assertion from the {@link SpanishAssertionDetector} and, for
 * a measurement, the value written after it from the {@link MeasurementValueExtractor}; no concept
 * hint. Closing it closes the scorers, not the package.
 */
public final class ExternalModelTagger implements NoteTagger, AutoCloseable {

  private final PerThreadSpanTagger tagger;

  public ExternalModelTagger(TorchScriptPackage model) {
    this(model, new SpanishAssertionDetector(), new MeasurementValueExtractor());
  }

  /** A tagger with its own assertion rules and value extractor. */
  public ExternalModelTagger(
      TorchScriptPackage model,
      SpanishAssertionDetector assertions,
      MeasurementValueExtractor values) {
    this.tagger =
        new PerThreadSpanTagger(
            model.manifest().id(), () -> predictor(model), new SpanMentions(assertions, values));
  }

  /** A scorer and the sub-word tagger over it, for one thread; closing closes the scorer. */
  private static PerThreadSpanTagger.SpanPredictor predictor(TorchScriptPackage model) {
    TorchScriptScorer scorer = model.newScorer();
    SubwordTagger subwords = model.newTagger(scorer);
    return new PerThreadSpanTagger.SpanPredictor() {
      @Override
      public List<TagSpan> spans(Tokens tokens) {
        return subwords.spans(tokens);
      }

      @Override
      public void close() {
        scorer.close();
      }
    };
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
