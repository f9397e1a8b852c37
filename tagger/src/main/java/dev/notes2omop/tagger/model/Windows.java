package dev.notes2omop.tagger.model;

import dev.notes2omop.core.nlp.TextFolding;
import dev.notes2omop.tagger.text.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a note into sentences and packs them into windows of at most {@code maxTokens} tokens for
 * the encoder, then merges the encoder's per-window output back into one row per note token.
 *
 * <p>Sentences end at a line break, at {@code ;}, and at {@code .}, {@code !} or {@code ?} followed
 * by a separator; a full stop does not end a sentence inside a number or word ("3.2", "p.ej"),
 * before a word in lower case ("cada 8 h. por vía oral"), after a known abbreviation ("Dr.", "ej.",
 * "aprox.") or after a capital initial ("J. García"). Short sentences share a window; a sentence
 * longer than {@code maxTokens} is cut into windows that overlap by {@code overlap} tokens, and
 * each token of an overlap takes its prediction from the window where it is most central (farthest
 * from that window's edges).
 *
 * <p>Instances are immutable.
 */
public final class Windows {

  /** Folded abbreviations that a full stop follows without ending the sentence. */
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "dr", "dra", "drs", "dres", "sr", "sra", "srta", "ej", "pej", "etc", "aprox", "approx",
          "pag", "num", "vs", "cf", "fig", "tto", "trat", "dx", "antec", "ant", "hab", "hosp",
          "prof", "lic", "ud", "uds", "izq", "dcha", "der", "sd", "sind");

  private final int maxTokens;
  private final int overlap;

  /**
   * @param maxTokens the most tokens in a window
   * @param overlap tokens shared by consecutive windows cut from one long sentence, less than
   *     {@code maxTokens}
   */
  public Windows(int maxTokens, int overlap) {
    if (maxTokens < 2) {
      throw new IllegalArgumentException("maxTokens must be at least 2, got " + maxTokens);
    }
    if (overlap < 0 || overlap >= maxTokens) {
      throw new IllegalArgumentException(
          "overlap must be in 0.."
              + (maxTokens - 1)
              + " for maxTokens "
              + maxTokens
              + ", got "
              + overlap);
    }
    this.maxTokens = maxTokens;
    this.overlap = overlap;
  }

  public int maxTokens() {
    return maxTokens;
  }

  public int overlap() {
    return overlap;
  }

  /** The sentences of a note, in order, covering every token once. */
  public static List<Window> sentences(Tokens tokens) {
    List<Window> out = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < tokens.size(); i++) {
      boolean last = i == tokens.size() - 1;
      if (last || endsSentence(tokens, i)) {
        out.add(new Window(tokens, from, i + 1));
        from = i + 1;
      }
    }
    return out;
  }

  /** Whether a sentence ends after token {@code i}, which is not the last token. */
  static boolean endsSentence(Tokens tokens, int i) {
    if (tokens.lineBreaksBefore(i + 1) > 0) {
      return true;
    }
    if (tokens.isWord(i)) {
      return false;
    }
    boolean nextTouches = tokens.touchesPrevious(i + 1);
    if (tokens.isPunct(i, ';')) {
      return !(nextTouches && !tokens.isWord(i + 1));
    }
    if (tokens.isPunct(i, '!') || tokens.isPunct(i, '?')) {
      return !nextTouches;
    }
    if (!tokens.isPunct(i, '.') || nextTouches || startsLowerCase(tokens, i + 1)) {
      return false;
    }
    return !(i > 0 && tokens.touchesPrevious(i) && isAbbreviation(tokens, i - 1));
  }

  private static boolean startsLowerCase(Tokens tokens, int i) {
    return tokens.isWord(i) && Character.isLowerCase(tokens.original(i).charAt(0));
  }

  private static boolean isAbbreviation(Tokens tokens, int i) {
    if (!tokens.isWord(i) || tokens.isNumber(i)) {
      return false;
    }
    String original = tokens.original(i);
    if (original.length() == 1 && Character.isUpperCase(original.charAt(0))) {
      return true;
    }
    return ABBREVIATIONS.contains(TextFolding.fold(original));
  }

  /** The windows of a note, in order; together they cover every token, each at least once. */
  public List<Window> split(Tokens tokens) {
    List<Window> out = new ArrayList<>();
    int from = -1;
    int to = -1;
    for (Window sentence : sentences(tokens)) {
      if (from >= 0 && sentence.to() - from <= maxTokens) {
        to = sentence.to();
        continue;
      }
      if (from >= 0) {
        out.add(new Window(tokens, from, to));
        from = -1;
      }
      if (sentence.size() <= maxTokens) {
        from = sentence.from();
        to = sentence.to();
      } else {
        cut(sentence, out);
      }
    }
    if (from >= 0) {
      out.add(new Window(tokens, from, to));
    }
    return out;
  }

  private void cut(Window sentence, List<Window> out) {
    int stride = maxTokens - overlap;
    int start = sentence.from();
    while (true) {
      int end = Math.min(start + maxTokens, sentence.to());
      out.add(new Window(sentence.tokens(), start, end));
      if (end == sentence.to()) {
        return;
      }
      start += stride;
    }
  }

  /**
   * For each note token, the window that predicts it: among the windows that contain it, the one
   * where it is farthest from the nearer edge (the earlier window on a tie).
   *
   * @throws IllegalArgumentException when a token is in no window
   */
  public static int[] owners(int tokenCount, List<Window> windows) {
    int[] owner = new int[tokenCount];
    int[] centrality = new int[tokenCount];
    java.util.Arrays.fill(owner, -1);
    for (int w = 0; w < windows.size(); w++) {
      Window window = windows.get(w);
      if (window.to() > tokenCount) {
        throw new IllegalArgumentException(window + " is outside a note of " + tokenCount);
      }
      for (int t = window.from(); t < window.to(); t++) {
        int c = Math.min(t - window.from(), window.to() - 1 - t);
        if (owner[t] < 0 || c > centrality[t]) {
          owner[t] = w;
          centrality[t] = c;
        }
      }
    }
    for (int t = 0; t < tokenCount; t++) {
      if (owner[t] < 0) {
        throw new IllegalArgumentException("token " + t + " is in no window");
      }
    }
    return owner;
  }

  /**
   * Merges per-window score rows ({@code scores.get(w)[i]} for token {@code i} of window {@code w})
   * into one row per note token, each from its {@link #owners owner}. Decoding the merged rows once
   * with {@link BioDecoder#decode} gives a valid sequence over the whole note.
   */
  public static float[][] mergeScores(
      int tokenCount, List<Window> windows, List<float[][]> scores) {
    checkSizes(windows, scores.size());
    int[] owner = owners(tokenCount, windows);
    float[][] out = new float[tokenCount][];
    for (int t = 0; t < tokenCount; t++) {
      Window window = windows.get(owner[t]);
      float[][] rows = scores.get(owner[t]);
      if (rows.length != window.size()) {
        throw new IllegalArgumentException(
            rows.length + " score rows for " + window + " of " + window.size() + " tokens");
      }
      out[t] = rows[t - window.from()];
    }
    return out;
  }

  /**
   * Merges per-window tag sequences into one per note token, each from its {@link #owners owner};
   * where two windows meet, an inside tag that may not follow its new predecessor becomes a begin
   * tag ({@link LabelSet#repair}), so the result is valid.
   */
  public static int[] mergeTags(
      int tokenCount, List<Window> windows, List<int[]> tags, LabelSet labels) {
    checkSizes(windows, tags.size());
    int[] owner = owners(tokenCount, windows);
    int[] out = new int[tokenCount];
    for (int t = 0; t < tokenCount; t++) {
      Window window = windows.get(owner[t]);
      int[] sequence = tags.get(owner[t]);
      if (sequence.length != window.size()) {
        throw new IllegalArgumentException(
            sequence.length + " tags for " + window + " of " + window.size() + " tokens");
      }
      out[t] = sequence[t - window.from()];
    }
    return labels.repair(out);
  }

  private static void checkSizes(List<Window> windows, int outputs) {
    if (windows.size() != outputs) {
      throw new IllegalArgumentException(
          outputs + " outputs for " + windows.size() + " windows: give one per window");
    }
  }
}
