package dev.notes2omop.trainer.model;

import dev.notes2omop.tagger.model.TagSpan;
import dev.notes2omop.trainer.eval.SpanCounts;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Exact-match span counting for training: a predicted span is right when its start, end and label
 * all match a gold span; repeated spans count once. The scores come from {@link SpanCounts}.
 */
public final class ExactSpans {

  private ExactSpans() {}

  /** The counts of one text. */
  public static SpanCounts count(List<TagSpan> gold, List<TagSpan> predicted) {
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
    return new SpanCounts(tp, fp, expected.size() - tp);
  }
}
