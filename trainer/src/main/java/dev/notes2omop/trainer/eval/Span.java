package dev.notes2omop.trainer.eval;

import java.util.Objects;

/**
 * A labelled span of a record's text, in Java (UTF-16) offsets.
 *
 * @param start the first character (inclusive)
 * @param end after the last character (exclusive)
 * @param label the label, in our label set once the label map has been applied
 */
public record Span(int start, int end, String label) {

  public Span {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("invalid span " + start + "-" + end);
    }
    Objects.requireNonNull(label, "label");
  }

  /** How many characters this span shares with {@code other}; 0 when they do not overlap. */
  public int overlap(Span other) {
    return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
  }
}
