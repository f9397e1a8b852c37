package dev.notes2omop.vocab.index;

import dev.notes2omop.core.mapping.MatchType;
import dev.notes2omop.core.nlp.TextFolding;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The calibrated similarity between a query text and an indexed text, in [0, 1]:
 *
 * <ul>
 *   <li>Equal {@link TextFolding#key keys} (same text but for case, accents and punctuation): the
 *       text's own score, {@value #EXACT_SCORE} for a concept name, a lexicon or an extra term,
 *       {@value #SYNONYM_SCORE} for a vocabulary synonym.
 *   <li>Otherwise a fuzzy score of at most {@value #FUZZY_CEILING}: {@code FUZZY_CEILING * (}
 *       {@value #TOKEN_WEIGHT} {@code * tokens + (1 - TOKEN_WEIGHT) * grams)}, where {@code tokens}
 *       is a soft Dice coefficient of the two texts' stemmed words (stop words removed; a word
 *       counts 1 when its stem equals one of the other text's, else the best similarity with one of
 *       them, the larger of the character 3-gram Dice and the {@link #editSimilarity edit
 *       similarity} of the two stems, when at least {@value #TOKEN_MIN_DICE}, else 0) and {@code
 *       grams} is the Dice coefficient of the boundary-marked character 3-grams of the texts'
 *       folded words.
 * </ul>
 *
 * So a plural, a gender variant or a different word order of a name scores {@value #FUZZY_CEILING},
 * one typo in a long word about 0.7-0.8, an unrelated word with a shared suffix under 0.5.
 */
final class TermSimilarity {

  static final double EXACT_SCORE = 1.0;
  static final double SYNONYM_SCORE = 0.95;
  static final double FUZZY_CEILING = 0.9;
  static final double TOKEN_WEIGHT = 0.6;
  static final double TOKEN_MIN_DICE = 0.5;
  static final int MIN_EDIT_LENGTH = 5;

  /**
   * A text analysed once for comparisons.
   *
   * @param key its {@link TextFolding#key}
   * @param folded its folded words, stop words removed
   * @param stems their light stems, distinct, in order
   * @param grams the boundary-marked 3-grams of the folded words
   * @param stemGrams the boundary-marked 3-grams of each stem, in the order of {@code stems}
   */
  record Analysed(
      String key,
      List<String> folded,
      List<String> stems,
      Set<String> grams,
      List<Set<String>> stemGrams) {

    /**
     * The analysis of a text from its key and folded words, as the index stores them: no Lucene
     * analysis runs.
     */
    static Analysed of(String key, List<String> folded) {
      Set<String> stems = new LinkedHashSet<>();
      for (String token : folded) {
        stems.add(ClinicalAnalysis.stem(token));
      }
      List<Set<String>> stemGrams = new ArrayList<>(stems.size());
      for (String stem : stems) {
        stemGrams.add(ClinicalAnalysis.gramSet(List.of(stem)));
      }
      return new Analysed(
          key, folded, List.copyOf(stems), ClinicalAnalysis.gramSet(folded), stemGrams);
    }
  }

  private final ClinicalAnalysis analysis;

  TermSimilarity(ClinicalAnalysis analysis) {
    this.analysis = analysis;
  }

  /** Analyses {@code text} with the index's analysis (a Lucene token stream). */
  Analysed analyse(String text) {
    return Analysed.of(TextFolding.key(text), analysis.foldedTokens(text));
  }

  /**
   * The score of {@code hit} for {@code query}, from what the index stored about the hit (its key
   * and folded words): the hit's text is not analysed again.
   */
  static double score(Analysed query, IndexHit hit) {
    if (query.key().equals(hit.key())) {
      return exactScore(hit.type());
    }
    return fuzzy(query, Analysed.of(hit.key(), hit.folded()));
  }

  static double exactScore(MatchType type) {
    return type == MatchType.SYNONYM ? SYNONYM_SCORE : EXACT_SCORE;
  }

  static double fuzzy(Analysed a, Analysed b) {
    if (a.stems().isEmpty() || b.stems().isEmpty()) {
      return 0;
    }
    double tokens = softDice(a, b);
    double grams = dice(a.grams(), b.grams());
    return FUZZY_CEILING * (TOKEN_WEIGHT * tokens + (1 - TOKEN_WEIGHT) * grams);
  }

  private static double softDice(Analysed a, Analysed b) {
    return (bestMatches(a, b) + bestMatches(b, a)) / (a.stems().size() + b.stems().size());
  }

  private static double bestMatches(Analysed from, Analysed to) {
    double sum = 0;
    for (int i = 0; i < from.stems().size(); i++) {
      String x = from.stems().get(i);
      double best = 0;
      for (int j = 0; j < to.stems().size() && best < 1; j++) {
        String y = to.stems().get(j);
        if (x.equals(y)) {
          best = 1;
          break;
        }
        double d = dice(from.stemGrams().get(i), to.stemGrams().get(j));
        // the edit similarity can only matter when its upper bound beats what is known
        if (editBound(x, y) > Math.max(d, Math.max(best, TOKEN_MIN_DICE) - 1e-12)) {
          d = Math.max(d, editSimilarity(x, y));
        }
        if (d >= TOKEN_MIN_DICE && d > best) {
          best = d;
        }
      }
      sum += best;
    }
    return sum;
  }

  /** An upper bound of {@link #editSimilarity}: at least the length difference must be edited. */
  private static double editBound(String x, String y) {
    if (Math.min(x.length(), y.length()) < MIN_EDIT_LENGTH) {
      return 0;
    }
    int longest = Math.max(x.length(), y.length());
    return 1.0 - (double) Math.abs(x.length() - y.length()) / longest;
  }

  /**
   * {@code 1 - d / max(|x|, |y|)}, where {@code d} is the optimal-string-alignment distance (one
   * insertion, deletion, substitution or swap of neighbours each costs 1): one typo in a word of 9
   * letters gives 0.89. Words shorter than {@value #MIN_EDIT_LENGTH} letters get 0, since one edit
   * turns a short word into another word.
   */
  static double editSimilarity(String x, String y) {
    int longest = Math.max(x.length(), y.length());
    if (Math.min(x.length(), y.length()) < MIN_EDIT_LENGTH) {
      return 0;
    }
    // three rolling rows of the distance matrix: the swap of neighbours looks two rows back
    int[] twoBack = new int[y.length() + 1];
    int[] previous = new int[y.length() + 1];
    int[] current = new int[y.length() + 1];
    for (int j = 0; j <= y.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= x.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= y.length(); j++) {
        int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
        int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1
            && j > 1
            && x.charAt(i - 1) == y.charAt(j - 2)
            && x.charAt(i - 2) == y.charAt(j - 1)) {
          d = Math.min(d, twoBack[j - 2] + 1);
        }
        current[j] = d;
      }
      int[] recycled = twoBack;
      twoBack = previous;
      previous = current;
      current = recycled;
    }
    return 1.0 - (double) previous[y.length()] / longest;
  }

  static double dice(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    int common = 0;
    Set<String> smaller = a.size() <= b.size() ? a : b;
    Set<String> larger = smaller == a ? b : a;
    for (String x : smaller) {
      if (larger.contains(x)) {
        common++;
      }
    }
    return 2.0 * common / (a.size() + b.size());
  }
}
