package dev.notes2omop.vocab.lexicon;

import java.util.Locale;

/**
 * Folds a unit as written for comparison: lower case, no spaces, micro signs as "u", superscript
 * digits as digits, the degree sign as the ordinal indicator Spanish keyboards type ("ºC"). Unlike
 * {@link dev.notes2omop.core.nlp.TextFolding#key}, it keeps every symbol, since "10^3/uL" and
 * "10^6/uL" differ by one.
 */
public final class UnitText {

  private UnitText() {}

  public static String fold(String unit) {
    StringBuilder sb = new StringBuilder(unit.length());
    for (int i = 0; i < unit.length(); i++) {
      char c = unit.charAt(i);
      switch (c) {
        case '\u00B5', '\u03BC' -> sb.append('u');
        case '\u00B2' -> sb.append('2');
        case '\u00B3' -> sb.append('3');
        case '\u2076' -> sb.append('6');
        case '\u2079' -> sb.append('9');
        case '\u00B0' -> sb.append('\u00BA');
        default -> {
          if (!Character.isWhitespace(c)) {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }
}
