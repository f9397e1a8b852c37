package dev.notes2omop.trainer.synth.run;

import dev.notes2omop.trainer.synth.split.SplitOptions;

/**
 * What {@link SynthRunner} makes.
 *
 * @param records the records wanted in the three files together
 * @param seed the seed of generation and splitting
 * @param minLabelShare the least share of records with an entity of each label (e.g. 0.10)
 * @param minNegativeShare the least share of negative and hard-negative records (e.g. 0.10)
 * @param split how to split
 * @param maxRounds the most rounds of generation
 * @param maxGeneratedFactor the most records generated in all, as a multiple of {@code records}
 */
public record SynthSettings(
    int records,
    long seed,
    double minLabelShare,
    double minNegativeShare,
    SplitOptions split,
    int maxRounds,
    double maxGeneratedFactor) {

  public SynthSettings {
    if (records < 1) {
      throw new IllegalArgumentException("records must be at least 1, was " + records);
    }
    if (split == null) {
      throw new IllegalArgumentException("split options must be given");
    }
    if (maxRounds < 1) {
      throw new IllegalArgumentException("maxRounds must be at least 1, was " + maxRounds);
    }
    if (maxGeneratedFactor < 1) {
      throw new IllegalArgumentException(
          "maxGeneratedFactor must be at least 1, was " + maxGeneratedFactor);
    }
  }

  /** {@code records} records for {@code seed}, 10% per label and of negatives, 80/10/10. */
  public static SynthSettings of(int records, long seed) {
    return new SynthSettings(records, seed, 0.10, 0.10, SplitOptions.defaults(), 12, 4.0);
  }

  public SynthSettings withShares(double labelShare, double negativeShare) {
    return new SynthSettings(
        records, seed, labelShare, negativeShare, split, maxRounds, maxGeneratedFactor);
  }

  public SynthSettings withSplit(SplitOptions value) {
    return new SynthSettings(
        records, seed, minLabelShare, minNegativeShare, value, maxRounds, maxGeneratedFactor);
  }
}
