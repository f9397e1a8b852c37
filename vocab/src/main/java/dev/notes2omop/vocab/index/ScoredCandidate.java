package dev.notes2omop.vocab.index;

import dev.notes2omop.core.mapping.MatchType;
import java.util.Comparator;
import java.util.List;

/**
 * A candidate and its score before capping at 1 (context may lift it past 1, which orders ties that
 * context breaks), with the folded words of its matched text as the index stored them.
 */
record ScoredCandidate(Candidate candidate, double raw, List<String> matchedFolded) {

  /** Best first; among equal scores: how the text matched, direct before mapped, then id. */
  static final Comparator<ScoredCandidate> ORDER =
      Comparator.comparingDouble(ScoredCandidate::raw)
          .reversed()
          .thenComparingInt(s -> typeRank(s.candidate().matchType()))
          .thenComparingInt(s -> s.candidate().sourceConceptId() == 0 ? 0 : 1)
          .thenComparingInt(s -> "Ingredient".equals(s.candidate().conceptClassId()) ? 0 : 1)
          .thenComparingInt(s -> s.candidate().conceptId());

  ScoredCandidate withRaw(double newRaw) {
    return new ScoredCandidate(candidate, newRaw, matchedFolded);
  }

  /** The better of two candidates of one concept. */
  static ScoredCandidate better(ScoredCandidate a, ScoredCandidate b) {
    return ORDER.compare(a, b) <= 0 ? a : b;
  }

  /** The candidate as answered: its score capped at 1. */
  Candidate answer() {
    return candidate.withScore(Math.min(1.0, raw));
  }

  static int typeRank(MatchType type) {
    return switch (type) {
      case OVERRIDE -> 0;
      case LEXICON -> 1;
      case EXACT -> 2;
      case SYNONYM -> 3;
      case FUZZY -> 4;
      case NONE -> 5;
    };
  }
}
