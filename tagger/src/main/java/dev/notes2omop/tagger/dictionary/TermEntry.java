package dev.notes2omop.tagger.dictionary;

import dev.notes2omop.core.nlp.DictionaryTerm;
import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.tagger.text.Tokens;
import java.util.Comparator;
import java.util.List;

/**
 * One surface form in the index: the term, its tokens as written, and whether it must match with
 * the case it is written in.
 */
record TermEntry(DictionaryTerm term, List<String> tokens, boolean caseSensitive) {

  /**
   * The order in which entries that compete for the same text are preferred: a known concept before
   * an unknown one (concept 0), then the label in {@link EntityLabel} order, then the smallest
   * concept id, then the term text. It does not depend on the order of the input.
   */
  static final Comparator<TermEntry> PREFERENCE =
      Comparator.<TermEntry>comparingInt(e -> e.term().conceptId() == 0 ? 1 : 0)
          .thenComparing(e -> e.term().label())
          .thenComparingInt(e -> e.term().conceptId())
          .thenComparing(e -> e.term().term());

  EntityLabel label() {
    return term.label();
  }

  /** The longest word an all-caps term may have and still count as an abbreviation. */
  static final int ABBREVIATION_WORD_LETTERS = 5;

  /**
   * Whether a term must match case-sensitively: it has at most two letters ("Hb", "K+", "FA"), or
   * it is an abbreviation: every letter upper case and no word longer than {@value
   * #ABBREVIATION_WORD_LETTERS} letters ("HTA", "EPOC", "CA 19-9"). An all-caps name with longer
   * words ("INSUFICIENCIA CARDIACA", as some vocabularies write names) matches case-insensitively.
   */
  static boolean isCaseSensitive(String term) {
    int letters = 0;
    int wordLetters = 0;
    int longestWord = 0;
    boolean allUpper = true;
    for (int i = 0; i < term.length(); i++) {
      char c = term.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        wordLetters++;
        longestWord = Math.max(longestWord, wordLetters);
        if (!Character.isUpperCase(c)) {
          allUpper = false;
        }
      } else if (!Character.isDigit(c)) {
        wordLetters = 0;
      }
    }
    return letters <= 2 || (allUpper && longestWord <= ABBREVIATION_WORD_LETTERS);
  }

  /**
   * Whether the text tokens from {@code first} match this entry's case: always true for
   * case-insensitive entries; otherwise every letter must have the case it has in the term. The
   * folded keys are already known to be equal.
   */
  boolean acceptsCase(Tokens text, int first) {
    if (!caseSensitive) {
      return true;
    }
    String source = text.text();
    for (int t = 0; t < tokens.size(); t++) {
      String expected = tokens.get(t);
      int offset = text.start(first + t);
      for (int k = 0; k < expected.length(); k++) {
        char e = expected.charAt(k);
        char a = source.charAt(offset + k);
        if (Character.isLetter(e) && Character.isUpperCase(e) != Character.isUpperCase(a)) {
          return false;
        }
      }
    }
    return true;
  }
}
