package dev.notes2omop.trainer.eval;

/**
 * Converts between Unicode code point offsets (the evaluation format's, Python's) and Java's UTF-16
 * offsets. They differ after any character outside the Basic Multilingual Plane (an emoji, some
 * CJK), which Java stores as two {@code char}s.
 */
public final class CodePoints {

  private CodePoints() {}

  /**
   * The UTF-16 offset of code point offset {@code codePoints} in {@code text}.
   *
   * @throws IndexOutOfBoundsException when the text has fewer code points
   */
  public static int toUtf16(String text, int codePoints) {
    return text.offsetByCodePoints(0, codePoints);
  }

  /** The code point offset of UTF-16 offset {@code utf16} in {@code text}. */
  public static int fromUtf16(String text, int utf16) {
    return text.codePointCount(0, utf16);
  }
}
