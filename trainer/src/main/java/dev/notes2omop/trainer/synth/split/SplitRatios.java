package dev.notes2omop.trainer.synth.split;

/**
 * The shares of train, test and validation, summing to 1.
 *
 * @param train e.g. 0.8
 * @param test e.g. 0.1
 * @param validation e.g. 0.1
 */
public record SplitRatios(double train, double test, double validation) {

  public SplitRatios {
    if (train <= 0 || test < 0 || validation <= 0) {
      throw new IllegalArgumentException(
          "split shares must be positive (test may be 0), were "
              + train
              + "/"
              + test
              + "/"
              + validation);
    }
    if (Math.abs(train + test + validation - 1) > 1e-9) {
      throw new IllegalArgumentException(
          "split shares must sum to 1, were " + train + "/" + test + "/" + validation);
    }
  }

  /** 80/10/10. */
  public static SplitRatios defaults() {
    return new SplitRatios(0.8, 0.1, 0.1);
  }

  /**
   * Parses {@code TRAIN/TEST/VALIDATION} in percent or any proportions, e.g. {@code 80/10/10} or
   * {@code 8/1/1}.
   *
   * @throws IllegalArgumentException saying what is expected
   */
  public static SplitRatios parse(String text) {
    String[] parts = text.strip().split("/");
    if (parts.length != 3) {
      throw new IllegalArgumentException(
          "a split is TRAIN/TEST/VALIDATION, e.g. 80/10/10, was '" + text + "'");
    }
    double[] values = new double[3];
    double sum = 0;
    for (int i = 0; i < 3; i++) {
      try {
        values[i] = Double.parseDouble(parts[i].strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "a split is TRAIN/TEST/VALIDATION in numbers, e.g. 80/10/10, was '" + text + "'", e);
      }
      sum += values[i];
    }
    if (!(sum > 0)) {
      throw new IllegalArgumentException("a split must not be all zero, was '" + text + "'");
    }
    return new SplitRatios(values[0] / sum, values[1] / sum, values[2] / sum);
  }

  /** The share of {@code split}. */
  public double share(SplitName split) {
    return switch (split) {
      case TRAIN -> train;
      case TEST -> test;
      case VALIDATION -> validation;
    };
  }

  /** {@code 80/10/10}. */
  @Override
  public String toString() {
    return Math.round(train * 100)
        + "/"
        + Math.round(test * 100)
        + "/"
        + Math.round(validation * 100);
  }
}
