package dev.notes2omop.tagger.text;

import dev.notes2omop.core.nlp.TextFolding;
import java.util.Arrays;

/**
 * A text split into tokens, with offsets into the original text.
 *
 * <p>A <em>word</em> token is a maximal run of letters, digits and combining marks
 * ("insuficiencia", "SatO2", "2015", "Tª"). Every other visible character is a one-character
 * <em>punctuation</em> token ("+", ",", ".", "(", "/"), except hyphens, which like whitespace only
 * separate tokens: so "amoxicilina-clavulánico" and "amoxicilina clavulánico" give the same tokens.
 * Each token has a key: its folded text ({@link TextFolding#fold(String)}), which has the same
 * length as the original.
 *
 * <p>Instances are immutable.
 */
public final class Tokens {

  private final String text;
  private final int[] starts;
  private final int[] ends;
  private final String[] keys;
  private final boolean[] words;

  private Tokens(String text, int[] starts, int[] ends, String[] keys, boolean[] words) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
    this.keys = keys;
    this.words = words;
  }

  /** Tokenises {@code text}. */
  public static Tokens of(String text) {
    String folded = TextFolding.fold(text);
    int n = text.length();
    int[] starts = new int[Math.max(4, n / 4)];
    int[] ends = new int[starts.length];
    boolean[] words = new boolean[starts.length];
    int count = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (isSeparator(c)) {
        i++;
        continue;
      }
      int start = i;
      boolean word = isWordChar(c);
      if (word) {
        while (i < n && isWordChar(text.charAt(i))) {
          i++;
        }
      } else {
        i += Character.isHighSurrogate(c) && i + 1 < n ? 2 : 1;
      }
      if (count == starts.length) {
        int size = count * 2;
        starts = Arrays.copyOf(starts, size);
        ends = Arrays.copyOf(ends, size);
        words = Arrays.copyOf(words, size);
      }
      starts[count] = start;
      ends[count] = i;
      words[count] = word;
      count++;
    }
    String[] keys = new String[count];
    for (int t = 0; t < count; t++) {
      keys[t] = folded.substring(starts[t], ends[t]);
    }
    return new Tokens(
        text,
        Arrays.copyOf(starts, count),
        Arrays.copyOf(ends, count),
        keys,
        Arrays.copyOf(words, count));
  }

  /** Whether {@code c} separates tokens without being one: whitespace and hyphens. */
  public static boolean isSeparator(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || isHyphen(c);
  }

  /** Whether {@code c} is a hyphen that joins words ("-", U+2010, U+2011); dashes are not. */
  public static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  private static boolean isWordChar(char c) {
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  /** The text these tokens were taken from. */
  public String text() {
    return text;
  }

  /** The number of tokens. */
  public int size() {
    return keys.length;
  }

  /** Offset of the first character of token {@code i}. */
  public int start(int i) {
    return starts[i];
  }

  /** Offset after the last character of token {@code i}. */
  public int end(int i) {
    return ends[i];
  }

  /** The folded text of token {@code i}. */
  public String key(int i) {
    return keys[i];
  }

  /** The original text of token {@code i}. */
  public String original(int i) {
    return text.substring(starts[i], ends[i]);
  }

  /** Whether token {@code i} is a word (letters and digits) rather than punctuation. */
  public boolean isWord(int i) {
    return words[i];
  }

  /** Whether token {@code i} is made of digits only. */
  public boolean isNumber(int i) {
    String key = keys[i];
    for (int k = 0; k < key.length(); k++) {
      if (!Character.isDigit(key.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Whether token {@code i} is the punctuation character {@code c}. */
  public boolean isPunct(int i, char c) {
    return !words[i] && keys[i].length() == 1 && keys[i].charAt(0) == c;
  }

  /**
   * The number of line breaks between token {@code i - 1} and token {@code i} (for {@code i == 0},
   * before the first token). "\r\n" counts once.
   */
  public int lineBreaksBefore(int i) {
    int from = i == 0 ? 0 : ends[i - 1];
    int breaks = 0;
    for (int k = from; k < starts[i]; k++) {
      char c = text.charAt(k);
      if (c == '\n' || (c == '\r' && (k + 1 >= text.length() || text.charAt(k + 1) != '\n'))) {
        breaks++;
      }
    }
    return breaks;
  }

  /**
   * Whether nothing but spaces, tabs or hyphens separate token {@code i - 1} from token {@code i}.
   */
  public boolean sameLine(int i) {
    return lineBreaksBefore(i) == 0;
  }

  /** Whether token {@code i} directly touches token {@code i - 1} (no separator between them). */
  public boolean touchesPrevious(int i) {
    return i > 0 && ends[i - 1] == starts[i];
  }
}
