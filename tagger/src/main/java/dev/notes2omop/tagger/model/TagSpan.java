package dev.notes2omop.tagger.model;

import dev.notes2omop.core.nlp.EntityLabel;
import java.util.Objects;

/**
 * An entity span found by the model, in characters of the note.
 *
 * @param start offset of the first character (inclusive)
 * @param end offset after the last character (exclusive)
 * @param label the entity type
 */
public record TagSpan(int start, int end, EntityLabel label) {

  public TagSpan {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("invalid span " + start + "-" + end);
    }
    Objects.requireNonNull(label, "label");
  }

  /** The span's text in {@code note}: {@code note.substring(start, end)}. */
  public String text(String note) {
    return note.substring(start, end);
  }
}
