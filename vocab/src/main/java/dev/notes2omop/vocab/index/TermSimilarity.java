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
 *       counts 1 when its stem equals one of the other text's, else the character 3-gram Dice of
 *       the two closest stems when at least {@value #TOKEN_MIN_DICE}, else 0) and {@code grams} is
 *       the Dice coefficient of the boundary-marked character 3-grams of the texts' folded words.
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

  /**
   * A text analysed once for comparisons.
   *
   * @param key its {@link TextFolding#key}
   * @param folded its folded words, stop words removed
   * @param stems their light stems, distinct, in order
   * @param grams the boundary-marked 3-grams of the folded words
   */
  record Analysed(String key, List<String> folded, List<String> stems, Set<String> grams) {}

  private final ClinicalAnalysis analysis;

  TermSimilarity(ClinicalAnalysis analysis) {
    this.analysis = analysis;
  }

  Analysed analyse(String text) {
    List<String> folded = analysis.foldedTokens(text);
    Set<String> stems = new LinkedHashSet<>();
    for (String token : folded) {
      stems.add(ClinicalAnalysis.stem(token));
    }
    return new Analysed(
        TextFolding.key(text),
        folded,
        List.copyOf(new ArrayList<>(stems)),
        ClinicalAnalysis.gramSet(folded));
  }

  /** The score of {@code hit} for {@code query}. */
  double score(Analysed query, IndexedText hit) {
    if (query.key().equals(hit.key())) {
      return exactScore(hit.type());
    }
    return fuzzy(query, analyse(hit.text()));
  }

  static double exactScore(MatchType type) {
    return type == MatchType.SYNONYM ? SYNONYM_SCORE : EXACT_SCORE;
  }

  static double fuzzy(Analysed a, Analysed b) {
    if (a.stems().isEmpty() || b.stems().isEmpty()) {
      return 0;
    }
    double tokens = softDice(a.stems(), b.stems());
    double grams = dice(a.grams(), b.grams());
    return FUZZY_CEILING * (TOKEN_WEIGHT * tokens + (1 - TOKEN_WEIGHT) * grams);
  }

  private static double softDice(List<String> a, List<String> b) {
    return (bestMatches(a, b) + bestMatches(b, a)) / (a.size() + b.size());
  }

  private static double bestMatches(List<String> from, List<String> to) {
    double sum = 0;
    for (String x : from) {
      double best = 0;
      for (String y : to) {
        if (x.equals(y)) {
          best = 1;
          break;
        }
        double d = dice(ClinicalAnalysis.gramSet(List.of(x)), ClinicalAnalysis.gramSet(List.of(y)));
        if (d >= TOKEN_MIN_DICE && d > best) {
          best = d;
        }
      }
      sum += best;
    }
    return sum;
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
