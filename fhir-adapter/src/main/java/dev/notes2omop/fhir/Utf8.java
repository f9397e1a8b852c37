package dev.notes2omop.fhir;

/** UTF-8 lengths without encoding. */
final class Utf8 {

  private Utf8() {}

  /** The UTF-8 length of {@code text}, counting stops once it exceeds {@code stopAt}. */
  static long lengthUpTo(CharSequence text, long stopAt) {
    if (text.length() > stopAt) {
      return text.length();
    }
    long length = 0;
    for (int i = 0; i < text.length() && length <= stopAt; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        length += 1;
      } else if (c < 0x800) {
        length += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        length += 4;
        i++;
      } else {
        length += 3;
      }
    }
    return length;
  }
}
