package dev.notes2omop.trainer.synth.grammar;

import java.util.SplittableRandom;

/**
 * Misspells a term the way hurried clinicians do: one dropped accent, two swapped letters, a
 * doubled letter or a dropped letter, in one word of at least five letters. Abbreviations (words in
 * capitals) are left alone. Letters replace letters, so token bounds stay where they were.
 */
final class Misspeller {

  private static final String ACCENTED = "áéíóúÁÉÍÓÚ";
  private static final String PLAIN = "aeiouAEIOU";
  private static final int MIN_WORD = 5;

  private Misspeller() {}

  /** {@code term} with one typo, or {@code term} itself when no word is long enough. */
  static String misspell(String term, SplittableRandom rng) {
    int[] word = pickWord(term, rng);
    if (word == null) {
      return term;
    }
    int start = word[0];
    int end = word[1];
    int kind = rng.nextInt(4);
    if (kind == 0) {
      for (int i = start; i < end; i++) {
        int accent = ACCENTED.indexOf(term.charAt(i));
        if (accent >= 0) {
          return term.substring(0, i) + PLAIN.charAt(accent) + term.substring(i + 1);
        }
      }
      kind = 1;
    }
    int length = end - start;
    if (kind == 1) {
      // swap two letters inside the word, keeping the first and the last
      for (int attempt = 0; attempt < 4; attempt++) {
        int i = start + 1 + rng.nextInt(length - 3);
        char a = term.charAt(i);
        char b = term.charAt(i + 1);
        if (a != b) {
          return term.substring(0, i) + b + a + term.substring(i + 2);
        }
      }
      kind = 2;
    }
    int i = start + 1 + rng.nextInt(length - 2);
    if (kind == 2) {
      return term.substring(0, i) + term.charAt(i) + term.substring(i);
    }
    return term.substring(0, i) + term.substring(i + 1);
  }

  /** The bounds of a word that may be misspelt, at random, or {@code null}. */
  private static int[] pickWord(String term, SplittableRandom rng) {
    int[][] words = new int[term.length() / MIN_WORD + 1][];
    int count = 0;
    int i = 0;
    while (i < term.length()) {
      if (!Character.isLetter(term.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      boolean allUpper = true;
      while (i < term.length() && Character.isLetter(term.charAt(i))) {
        allUpper &= Character.isUpperCase(term.charAt(i));
        i++;
      }
      if (i - start >= MIN_WORD && !allUpper) {
        words[count++] = new int[] {start, i};
      }
    }
    return count == 0 ? null : words[rng.nextInt(count)];
  }
}
