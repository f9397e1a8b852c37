package dev.notes2omop.tagger.model;

import dev.notes2omop.core.nlp.Assertion;
import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.core.nlp.Mention;
import dev.notes2omop.tagger.assertion.SpanishAssertionDetector;
import dev.notes2omop.tagger.text.Tokens;
import dev.notes2omop.tagger.value.DrugDoseExtractor;
import dev.notes2omop.tagger.value.MeasurementValueExtractor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns a model's spans into mentions the way every model tagger does: each span a mention (no
 * concept hint: the mapper decides), a measurement with the value written after it, a drug with its
 * dose, form and route, then every mention's assertion from the Spanish rules. Thread-safe.
 */
public final class SpanMentions {

  private static final DrugDoseExtractor DOSES = new DrugDoseExtractor();

  private final SpanishAssertionDetector assertions;
  private final MeasurementValueExtractor values;

  public SpanMentions(SpanishAssertionDetector assertions, MeasurementValueExtractor values) {
    this.assertions = Objects.requireNonNull(assertions, "assertions");
    this.values = Objects.requireNonNull(values, "values");
  }

  /** With the bundled assertion rules and value extractor. */
  public static SpanMentions standard() {
    return new SpanMentions(new SpanishAssertionDetector(), new MeasurementValueExtractor());
  }

  /** The mentions of {@code spans}, found in {@code text} whose tokens are {@code tokens}. */
  public List<Mention> mentions(String text, Tokens tokens, List<TagSpan> spans) {
    List<Mention> mentions = new ArrayList<>(spans.size());
    for (TagSpan s : spans) {
      Mention mention =
          new Mention(s.start(), s.end(), s.text(text), s.label(), Assertion.AFFIRMED, null, 0);
      if (s.label() == EntityLabel.MEASUREMENT) {
        mention = values.extract(text, s.end()).map(mention::withValue).orElse(mention);
      }
      mentions.add(mention);
    }
    return assertions.apply(tokens, DOSES.withDoses(text, mentions));
  }
}
