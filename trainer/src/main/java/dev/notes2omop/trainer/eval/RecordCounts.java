package dev.notes2omop.trainer.eval;

/**
 * Record-level counts for one label: a record is positive when it has at least one entity of the
 * label, in the gold data or in the predictions.
 *
 * @param truePositives records positive in both
 * @param falsePositives records positive only in the predictions
 * @param falseNegatives records positive only in the gold data
 * @param trueNegatives records positive in neither
 */
public record RecordCounts(
    long truePositives, long falsePositives, long falseNegatives, long trueNegatives) {

  public static final RecordCounts ZERO = new RecordCounts(0, 0, 0, 0);

  public RecordCounts {
    if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0 || trueNegatives < 0) {
      throw new IllegalArgumentException("negative count");
    }
  }

  /** These counts and one more record, positive or not in the gold data and the predictions. */
  public RecordCounts plus(boolean gold, boolean predicted) {
    return new RecordCounts(
        truePositives + (gold && predicted ? 1 : 0),
        falsePositives + (!gold && predicted ? 1 : 0),
        falseNegatives + (gold && !predicted ? 1 : 0),
        trueNegatives + (!gold && !predicted ? 1 : 0));
  }

  public RecordCounts plus(RecordCounts other) {
    return new RecordCounts(
        truePositives + other.truePositives,
        falsePositives + other.falsePositives,
        falseNegatives + other.falseNegatives,
        trueNegatives + other.trueNegatives);
  }

  public long total() {
    return truePositives + falsePositives + falseNegatives + trueNegatives;
  }

  public double accuracy() {
    return Ratios.of(truePositives + trueNegatives, total());
  }

  public double precision() {
    return Ratios.of(truePositives, truePositives + falsePositives);
  }

  public double recall() {
    return Ratios.of(truePositives, truePositives + falseNegatives);
  }

  public double f1() {
    return Ratios.f1(precision(), recall());
  }
}
