package dev.notes2omop.trainer.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches one record's predicted spans of a label to its gold spans of the same label.
 *
 * <ul>
 *   <li>Strict: same start and same end. Duplicates count once each: two identical gold spans need
 *       two identical predictions.
 *   <li>Lenient: the spans overlap by at least one character. Each gold and each predicted span is
 *       matched at most once, greedily: the pair with the largest overlap first (ties: the earlier
 *       gold span, then the earlier prediction).
 * </ul>
 */
final class SpanMatcher {

  private SpanMatcher() {}

  /** Strict counts; every span in both lists must have the same label. */
  static SpanCounts strict(List<Span> gold, List<Span> predicted) {
    Map<Span, Integer> remaining = new HashMap<>();
    for (Span g : gold) {
      remaining.merge(g, 1, Integer::sum);
    }
    long tp = 0;
    for (Span p : predicted) {
      Integer left = remaining.get(p);
      if (left != null && left > 0) {
        remaining.put(p, left - 1);
        tp++;
      }
    }
    return new SpanCounts(tp, predicted.size() - tp, gold.size() - tp);
  }

  /** Lenient counts; every span in both lists must have the same label. */
  static SpanCounts lenient(List<Span> gold, List<Span> predicted) {
    List<int[]> pairs = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      for (int p = 0; p < predicted.size(); p++) {
        int overlap = gold.get(g).overlap(predicted.get(p));
        if (overlap > 0) {
          pairs.add(new int[] {overlap, g, p});
        }
      }
    }
    pairs.sort(
        Comparator.<int[]>comparingInt(pair -> -pair[0])
            .thenComparingInt(pair -> gold.get(pair[1]).start())
            .thenComparingInt(pair -> pair[1])
            .thenComparingInt(pair -> predicted.get(pair[2]).start())
            .thenComparingInt(pair -> pair[2]));
    boolean[] goldUsed = new boolean[gold.size()];
    boolean[] predictedUsed = new boolean[predicted.size()];
    long tp = 0;
    for (int[] pair : pairs) {
      if (!goldUsed[pair[1]] && !predictedUsed[pair[2]]) {
        goldUsed[pair[1]] = true;
        predictedUsed[pair[2]] = true;
        tp++;
      }
    }
    return new SpanCounts(tp, predicted.size() - tp, gold.size() - tp);
  }
}
