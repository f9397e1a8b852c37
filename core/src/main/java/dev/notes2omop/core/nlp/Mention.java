package dev.notes2omop.core.nlp;

import java.util.Objects;

/**
 * A span of a note's text that names a clinical entity.
 *
 * @param start offset of the first character in the note text (inclusive)
 * @param end offset after the last character (exclusive)
 * @param text the span's text, equal to {@code noteText.substring(start, end)}
 * @param label the entity type
 * @param assertion what the note says about it
 * @param value the measurement result next to it, or {@code null}
 * @param conceptHint the concept a dictionary tagger matched, or 0 when the tagger has no opinion
 * @param dose for a drug, its dose, form and route written next to it, or {@code null}
 */
public record Mention(
    int start,
    int end,
    String text,
    EntityLabel label,
    Assertion assertion,
    MeasurementValue value,
    int conceptHint,
    DrugDose dose) {

  /** A mention without a drug dose. */
  public Mention(
      int start,
      int end,
      String text,
      EntityLabel label,
      Assertion assertion,
      MeasurementValue value,
      int conceptHint) {
    this(start, end, text, label, assertion, value, conceptHint, null);
  }

  public Mention {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("invalid span " + start + "-" + end);
    }
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(assertion, "assertion");
    if (text.length() != end - start) {
      throw new IllegalArgumentException(
          "span " + start + "-" + end + " does not match a text of length " + text.length());
    }
  }

  public Mention withAssertion(Assertion newAssertion) {
    return new Mention(start, end, text, label, newAssertion, value, conceptHint, dose);
  }

  public Mention withValue(MeasurementValue newValue) {
    return new Mention(start, end, text, label, assertion, newValue, conceptHint, dose);
  }

  public Mention withDose(DrugDose newDose) {
    return new Mention(start, end, text, label, assertion, value, conceptHint, newDose);
  }

  /** OMOP {@code NOTE_NLP.offset}: {@code start-end}. */
  public String offset() {
    return start + "-" + end;
  }
}
