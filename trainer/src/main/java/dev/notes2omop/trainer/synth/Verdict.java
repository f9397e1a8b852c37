package dev.notes2omop.trainer.synth;

import java.util.List;
import java.util.Objects;

/**
 * A validator's decision on one record.
 *
 * @param recordId the record
 * @param accepted whether it is kept
 * @param reasons why it was rejected (short, countable reasons such as {@code span-mismatch}),
 *     empty when accepted
 */
public record Verdict(String recordId, boolean accepted, List<String> reasons) {

  public Verdict {
    Objects.requireNonNull(recordId, "recordId");
    reasons = List.copyOf(reasons);
  }

  public static Verdict accept(String recordId) {
    return new Verdict(recordId, true, List.of());
  }

  public static Verdict reject(String recordId, String... reasons) {
    return new Verdict(recordId, false, List.of(reasons));
  }
}
