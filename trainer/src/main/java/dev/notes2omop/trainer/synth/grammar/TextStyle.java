package dev.notes2omop.trainer.synth.grammar;

import java.util.SplittableRandom;

/**
 * How a whole passage is written: decimal comma or point, and now and then without accents, all in
 * lower case or all in capitals (as some hospital systems still print). Every change maps one
 * character to one character, so mention offsets stay valid.
 *
 * @param decimalComma whether numbers use a decimal comma ("11,2") rather than a point
 * @param letterCase how letters are cased
 * @param noAccents whether accents are dropped (ñ is kept)
 */
record TextStyle(boolean decimalComma, LetterCase letterCase, boolean noAccents) {

  /** The share of passages written with a decimal comma. */
  static final double DECIMAL_COMMA = 0.7;

  /** The share of passages written without accents. */
  static final double NO_ACCENTS = 0.06;

  /** The share of passages in lower case, and the share in capitals. */
  static final double LOWER = 0.03;

  static final double UPPER = 0.03;

  enum LetterCase {
    AS_WRITTEN,
    LOWER,
    UPPER
  }

  private static final String ACCENTED = "áéíóúÁÉÍÓÚ";
  private static final String PLAIN = "aeiouAEIOU";

  static TextStyle pick(SplittableRandom rng) {
    boolean comma = rng.nextDouble() < DECIMAL_COMMA;
    double c = rng.nextDouble();
    LetterCase letterCase =
        c < LOWER ? LetterCase.LOWER : c < LOWER + UPPER ? LetterCase.UPPER : LetterCase.AS_WRITTEN;
    return new TextStyle(comma, letterCase, rng.nextDouble() < NO_ACCENTS);
  }

  /** {@code text} in this style, of the same length. */
  String apply(String text) {
    if (letterCase == LetterCase.AS_WRITTEN && !noAccents) {
      return text;
    }
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (noAccents) {
        int accent = ACCENTED.indexOf(c);
        if (accent >= 0) {
          c = PLAIN.charAt(accent);
        }
      }
      if (letterCase == LetterCase.LOWER) {
        c = Character.toLowerCase(c);
      } else if (letterCase == LetterCase.UPPER && c != 'µ' && c != 'ß') {
        c = Character.toUpperCase(c);
      }
      chars[i] = c;
    }
    return new String(chars);
  }
}
