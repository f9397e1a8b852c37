package dev.notes2omop.trainer.synth.split;

/**
 * Settings of {@link Splitter}.
 *
 * @param ratios the shares of the splits
 * @param unseenFormShare the share of validation's distinct surface forms that should never occur
 *     in train (e.g. 0.25): forms are held out of train and test until it is reached
 * @param maxDropShare the largest share of train and test records that holding forms out may drop
 *     (e.g. 0.15); a form that would drop more is not held out
 */
public record SplitOptions(SplitRatios ratios, double unseenFormShare, double maxDropShare) {

  public SplitOptions {
    if (ratios == null) {
      throw new IllegalArgumentException("ratios must be given");
    }
    if (unseenFormShare < 0 || unseenFormShare > 1) {
      throw new IllegalArgumentException(
          "unseenFormShare must be between 0 and 1, was " + unseenFormShare);
    }
    if (maxDropShare < 0 || maxDropShare > 1) {
      throw new IllegalArgumentException(
          "maxDropShare must be between 0 and 1, was " + maxDropShare);
    }
  }

  /**
   * 80/10/10, a quarter of validation's forms unseen in train, at most 15% of train+test dropped.
   */
  public static SplitOptions defaults() {
    return new SplitOptions(SplitRatios.defaults(), 0.25, 0.15);
  }

  public SplitOptions withRatios(SplitRatios newRatios) {
    return new SplitOptions(newRatios, unseenFormShare, maxDropShare);
  }
}
