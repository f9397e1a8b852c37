package dev.notes2omop.trainer.eval;

/**
 * True positives, false positives and false negatives of span matching, and the scores they give. A
 * score whose denominator is 0 is 0.
 *
 * @param truePositives predicted spans matched to a gold span
 * @param falsePositives predicted spans matched to none
 * @param falseNegatives gold spans matched to none
 */
public record SpanCounts(long truePositives, long falsePositives, long falseNegatives) {

  public static final SpanCounts ZERO = new SpanCounts(0, 0, 0);

  public SpanCounts {
    if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
      throw new IllegalArgumentException("negative count");
    }
  }

  public SpanCounts plus(SpanCounts other) {
    return new SpanCounts(
        truePositives + other.truePositives,
        falsePositives + other.falsePositives,
        falseNegatives + other.falseNegatives);
  }

  /** Gold spans: true positives plus false negatives. */
  public long gold() {
    return truePositives + falseNegatives;
  }

  /** Predicted spans: true positives plus false positives. */
  public long predicted() {
    return truePositives + falsePositives;
  }

  public double precision() {
    return Ratios.of(truePositives, predicted());
  }

  public double recall() {
    return Ratios.of(truePositives, gold());
  }

  public double f1() {
    return Ratios.f1(precision(), recall());
  }
}
