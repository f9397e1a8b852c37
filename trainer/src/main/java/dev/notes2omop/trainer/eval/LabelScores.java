package dev.notes2omop.trainer.eval;

import java.util.Objects;

/**
 * The scores of one of our labels.
 *
 * @param strict exact span matches
 * @param lenient overlapping span matches
 * @param records record-level counts
 */
public record LabelScores(SpanCounts strict, SpanCounts lenient, RecordCounts records) {

  public static final LabelScores ZERO =
      new LabelScores(SpanCounts.ZERO, SpanCounts.ZERO, RecordCounts.ZERO);

  public LabelScores {
    Objects.requireNonNull(strict, "strict");
    Objects.requireNonNull(lenient, "lenient");
    Objects.requireNonNull(records, "records");
  }

  public LabelScores plus(LabelScores other) {
    return new LabelScores(
        strict.plus(other.strict), lenient.plus(other.lenient), records.plus(other.records));
  }
}
