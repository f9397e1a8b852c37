package dev.notes2omop.vocab.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The context-free candidates of one text in one domain, best first, and what is known of the
 * candidates left out: none of them scores more than {@code outsideMax} ({@code -Infinity} when
 * none was left out). What a tier answers and what the cache keeps.
 *
 * @param scored candidates, best first ({@link ScoredCandidate#ORDER}); their stored fields are
 *     read when they are answered
 * @param outsideMax the highest score a candidate not in {@code scored} may have
 * @param prefix whether {@code scored} is the head of the full ranking (then its order is final
 *     when no context applies); false for a tier that read only some of the candidates
 */
record Ranking(List<ScoredCandidate> scored, double outsideMax, boolean prefix) {

  Ranking {
    scored = List.copyOf(scored);
  }

  /**
   * A complete ranking's first {@code depth} candidates.
   *
   * @param sorted every candidate, best first
   */
  static Ranking head(List<ScoredCandidate> sorted, int depth) {
    double outsideMax = sorted.size() <= depth ? Double.NEGATIVE_INFINITY : sorted.get(depth).raw();
    return new Ranking(sorted.subList(0, Math.min(depth, sorted.size())), outsideMax, true);
  }

  boolean complete() {
    return outsideMax == Double.NEGATIVE_INFINITY;
  }

  /**
   * The best {@code limit} candidates once {@code context} has added its bonus, when this ranking
   * decides them: a candidate left out can at most reach {@code outsideMax} plus the largest bonus
   * ({@code maxBonus}, only at or over {@code minScore}), so the answer stands when the last one
   * kept scores strictly more. Empty when it does not decide them.
   *
   * @param context adds the context bonus to a candidate, or {@code null} when there is no context
   * @param read reads a candidate's stored fields
   */
  Optional<List<Candidate>> top(
      int limit,
      UnaryOperator<ScoredCandidate> context,
      UnaryOperator<ScoredCandidate> read,
      double minScore,
      double maxBonus) {
    List<ScoredCandidate> adjusted = new ArrayList<>(scored.size());
    for (ScoredCandidate s : scored) {
      adjusted.add(context == null ? s : context.apply(s));
    }
    if (context != null) {
      adjusted.sort(ScoredCandidate.ORDER);
    }
    int n = Math.min(limit, adjusted.size());
    if (!complete()) {
      if (n < limit) {
        return Optional.empty();
      }
      boolean orderFinal = prefix && context == null;
      double bound = outsideMax + (context != null && outsideMax >= minScore ? maxBonus : 0);
      if (!orderFinal && !(adjusted.get(n - 1).raw() > bound)) {
        return Optional.empty();
      }
    }
    List<Candidate> out = new ArrayList<>(n);
    for (ScoredCandidate s : adjusted.subList(0, n)) {
      out.add(read.apply(s).answer());
    }
    return Optional.of(out);
  }
}
