package dev.notes2omop.trainer.synth;

import java.util.List;

/**
 * What a tutor is asked to generate.
 *
 * @param count how many records
 * @param seed the seed: a tutor that can be deterministic gives the same records for the same seed
 * @param minLabelShare the least share of records that must hold at least one entity of each label
 *     (e.g. 0.10)
 * @param minNegativeShare the least share of negative and hard-negative records together (e.g.
 *     0.10)
 * @param focus error patterns to write records about (empty for a general request), e.g. {@code
 *     "missed surface form: 'IAM'"}; used by the training loop
 */
public record GenerationRequest(
    int count, long seed, double minLabelShare, double minNegativeShare, List<String> focus) {

  public GenerationRequest {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, was " + count);
    }
    if (minLabelShare < 0 || minLabelShare > 0.25) {
      throw new IllegalArgumentException(
          "minLabelShare must be between 0 and 0.25 (four labels), was " + minLabelShare);
    }
    if (minNegativeShare < 0 || minNegativeShare > 0.9) {
      throw new IllegalArgumentException(
          "minNegativeShare must be between 0 and 0.9, was " + minNegativeShare);
    }
    focus = List.copyOf(focus);
  }

  /** {@code count} records with the default shares: 10% per label, 10% negatives. */
  public static GenerationRequest of(int count, long seed) {
    return new GenerationRequest(count, seed, 0.10, 0.10, List.of());
  }
}
