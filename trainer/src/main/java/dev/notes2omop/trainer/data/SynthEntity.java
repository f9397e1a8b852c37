package dev.notes2omop.trainer.data;

import dev.notes2omop.core.nlp.Assertion;
import dev.notes2omop.core.nlp.EntityLabel;
import java.util.Objects;

/**
 * An entity of a synthetic record.
 *
 * @param start offset of its first character in the record's text
 * @param end offset after its last character
 * @param label its label
 * @param text {@code text.substring(start, end)} of the record
 * @param concept the concept it names, or {@code null} when none is known
 * @param assertion what the text says about it
 */
public record SynthEntity(
    int start, int end, EntityLabel label, String text, ConceptRef concept, Assertion assertion) {

  public SynthEntity {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(assertion, "assertion");
  }
}
