package dev.notes2omop.trainer.synth.validate;

import dev.notes2omop.trainer.synth.Verdict;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Verdicts counted: records accepted and rejected by each validator, and rejections per reason. A
 * record rejected for several reasons counts once for each. Not thread-safe.
 */
public final class ValidationReport {

  private final Map<String, long[]> byValidator = new LinkedHashMap<>();
  private final SortedMap<String, Long> reasons = new TreeMap<>();

  /** Counts the verdicts of validator {@code validatorId}. */
  public void add(String validatorId, List<Verdict> verdicts) {
    long[] counts = byValidator.computeIfAbsent(validatorId, k -> new long[2]);
    for (Verdict verdict : verdicts) {
      if (verdict.accepted()) {
        counts[0]++;
      } else {
        counts[1]++;
        for (String reason : verdict.reasons()) {
          reasons.merge(reason, 1L, Long::sum);
        }
      }
    }
  }

  /** The validators, in the order they first reported. */
  public List<String> validators() {
    return List.copyOf(byValidator.keySet());
  }

  public long accepted(String validatorId) {
    long[] counts = byValidator.get(validatorId);
    return counts == null ? 0 : counts[0];
  }

  public long rejected(String validatorId) {
    long[] counts = byValidator.get(validatorId);
    return counts == null ? 0 : counts[1];
  }

  /** Rejections per reason, by reason. */
  public SortedMap<String, Long> reasons() {
    return Collections.unmodifiableSortedMap(reasons);
  }

  /** All rejections: records rejected by some validator. */
  public long rejected() {
    return byValidator.values().stream().mapToLong(c -> c[1]).sum();
  }
}
