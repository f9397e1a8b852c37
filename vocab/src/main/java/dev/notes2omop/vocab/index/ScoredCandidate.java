package dev.notes2omop.vocab.index;

import dev.notes2omop.core.mapping.MatchType;
import java.util.Comparator;

/**
 * A concept's best hit, its score before capping at 1 (context may lift it past 1, which orders
 * ties that context breaks) and how it matched; with its {@link Candidate} once read from the
 * stored fields ({@code null} until then: most hits are never answered).
 */
record ScoredCandidate(IndexHit hit, double raw, MatchType type, Candidate candidate) {

  /** Best first; among equal scores: how the text matched, direct before mapped, then id. */
  static final Comparator<ScoredCandidate> ORDER =
      Comparator.comparingDouble(ScoredCandidate::raw)
          .reversed()
          .thenComparingInt(s -> typeRank(s.type()))
          .thenComparingInt(s -> s.hit().sourceConceptId() == 0 ? 0 : 1)
          .thenComparingInt(s -> "Ingredient".equals(s.hit().conceptClassId()) ? 0 : 1)
          .thenComparingInt(s -> s.hit().conceptId());

  ScoredCandidate withRaw(double newRaw) {
    return new ScoredCandidate(hit, newRaw, type, candidate);
  }

  /** The better of two candidates of one concept. */
  static ScoredCandidate better(ScoredCandidate a, ScoredCandidate b) {
    return ORDER.compare(a, b) <= 0 ? a : b;
  }

  /** The candidate as answered: its score capped at 1. */
  Candidate answer() {
    if (candidate == null) {
      throw new IllegalStateException("candidate of document " + hit.doc() + " not read");
    }
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
