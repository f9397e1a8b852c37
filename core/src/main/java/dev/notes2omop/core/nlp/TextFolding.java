package dev.notes2omop.core.nlp;

import java.text.Normalizer;

/**
 * Folds text for dictionary lookups: lower case, accents removed, one character for one character,
 * so that an offset in the folded text is the same offset in the original.
 */
public final class TextFolding {

  /** Folded forms of the Latin characters, precomputed: decomposing a character is slow. */
  private static final char[] LATIN = new char[0x250];

  static {
    for (char c = 0; c < LATIN.length; c++) {
      LATIN[c] = decomposeAndLower(c);
    }
  }

  private TextFolding() {}

  /** Folds every character of {@code text}; the result has the same length. */
  public static String fold(String text) {
    char[] out = new char[text.length()];
    for (int i = 0; i < text.length(); i++) {
      out[i] = fold(text.charAt(i));
    }
    return new String(out);
  }

  /** Folds one character: lower case without its accent ("Á" to "a", "ñ" to "n", "ü" to "u"). */
  public static char fold(char c) {
    return c < LATIN.length ? LATIN[c] : decomposeAndLower(c);
  }

  private static char decomposeAndLower(char c) {
    if (c < 0x80) {
      return Character.toLowerCase(c);
    }
    if (Character.isSurrogate(c)) {
      return c;
    }
    String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    char base = decomposed.charAt(0);
    return Character.toLowerCase(base);
  }

  /**
   * Folds {@code text} and collapses runs of whitespace and punctuation other than those inside
   * words into single spaces: the key used to compare a term with a vocabulary name.
   */
  public static String key(String text) {
    String folded = fold(text.strip());
    StringBuilder sb = new StringBuilder(folded.length());
    boolean space = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c) || c == '/' || c == '+' || c == '%' || c == '.') {
        if (space && sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(c);
        space = false;
      } else {
        space = true;
      }
    }
    return sb.toString();
  }
}
