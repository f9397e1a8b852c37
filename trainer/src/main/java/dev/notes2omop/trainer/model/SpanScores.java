package dev.notes2omop.trainer.model;

import dev.notes2omop.tagger.model.TagSpan;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Exact-match span counts: a predicted span is right when its start, end and label all match a gold
 * span.
 *
 * @param truePositives predicted spans that are gold
 * @param falsePositives predicted spans that are not gold
 * @param falseNegatives gold spans not predicted
 */
public record SpanScores(long truePositives, long falsePositives, long falseNegatives) {

  public static final SpanScores NONE = new SpanScores(0, 0, 0);

  public SpanScores {
    if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
      throw new IllegalArgumentException("negative count");
    }
  }

  /** The counts of one text. */
  public static SpanScores of(List<TagSpan> gold, List<TagSpan> predicted) {
    Set<TagSpan> expected = new HashSet<>(gold);
    long tp = 0;
    long fp = 0;
    for (TagSpan span : new HashSet<>(predicted)) {
      if (expected.contains(span)) {
        tp++;
      } else {
        fp++;
      }
    }
    return new SpanScores(tp, fp, expected.size() - tp);
  }

  public SpanScores plus(SpanScores other) {
    return new SpanScores(
        truePositives + other.truePositives,
        falsePositives + other.falsePositives,
        falseNegatives + other.falseNegatives);
  }

  /** Precision, 0 when nothing was predicted. */
  public double precision() {
    long predicted = truePositives + falsePositives;
    return predicted == 0 ? 0 : (double) truePositives / predicted;
  }

  /** Recall, 0 when there is no gold span. */
  public double recall() {
    long gold = truePositives + falseNegatives;
    return gold == 0 ? 0 : (double) truePositives / gold;
  }

  /** F1, 0 when precision and recall are both 0. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
