package dev.notes2omop.trainer.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-made cases whose numbers are worked out in the comments. */
class EvaluatorTest {

  private static final LabelMap MAP = LabelMap.parse("DIS=CONDITION,MED=DRUG");

  private static Span span(int start, int end, String label) {
    return new Span(start, end, label);
  }

  @Test
  void strictAndLenientDifferOnABoundaryError() {
    // gold: DIS 0-10, DIS 20-30; predicted: CONDITION 0-10 (exact), CONDITION 22-35 (overlaps),
    // CONDITION 40-45 (nothing there).
    // strict: tp 1, fp 2, fn 1 -> P 1/3, R 1/2, F1 0.4
    // lenient: tp 2, fp 1, fn 0 -> P 2/3, R 1, F1 0.8
    Evaluator evaluator = new Evaluator(MAP);
    evaluator.add(
        new EvalRecord("r1", "x".repeat(50), List.of(span(0, 10, "DIS"), span(20, 30, "DIS"))),
        List.of(span(0, 10, "CONDITION"), span(22, 35, "CONDITION"), span(40, 45, "CONDITION")));

    LabelScores condition = evaluator.report().labels().get("CONDITION");
    assertThat(condition.strict()).isEqualTo(new SpanCounts(1, 2, 1));
    assertThat(condition.strict().precision()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(condition.strict().recall()).isCloseTo(0.5, within(1e-9));
    assertThat(condition.strict().f1()).isCloseTo(0.4, within(1e-9));
    assertThat(condition.lenient()).isEqualTo(new SpanCounts(2, 1, 0));
    assertThat(condition.lenient().f1()).isCloseTo(0.8, within(1e-9));
  }

  @Test
  void lenientMatchesEachSpanOnceGreedilyByOverlap() {
    // gold A 0-10 and B 12-20; one prediction 5-18 overlaps A by 5 and B by 6: it goes to B.
    // A second prediction 0-4 then matches A. Lenient tp 2, fp 0, fn 0.
    // Had the matcher taken A first for 5-18, 0-4 would match nothing (tp 2 either way here),
    // so check the single-prediction case too: 5-18 alone matches one gold span, not two.
    Evaluator both = new Evaluator(MAP);
    both.add(
        new EvalRecord("r", "x".repeat(30), List.of(span(0, 10, "DIS"), span(12, 20, "DIS"))),
        List.of(span(5, 18, "CONDITION"), span(0, 4, "CONDITION")));
    assertThat(both.report().labels().get("CONDITION").lenient())
        .isEqualTo(new SpanCounts(2, 0, 0));

    Evaluator one = new Evaluator(MAP);
    one.add(
        new EvalRecord("r", "x".repeat(30), List.of(span(0, 10, "DIS"), span(12, 20, "DIS"))),
        List.of(span(5, 18, "CONDITION")));
    assertThat(one.report().labels().get("CONDITION").lenient()).isEqualTo(new SpanCounts(1, 0, 1));
  }

  @Test
  void greedyMatchingPrefersTheLargestOverlap() {
    // gold A 0-10, B 20-30; predictions Q 8-22 (overlaps A by 2, B by 2), then P 0-9 (A by 9).
    // Largest overlap first: P-A (9), then Q-B (2): tp 2. Taking the predictions in their order
    // would give Q to A and leave P unmatched (tp 1).
    assertThat(
            SpanMatcher.lenient(
                List.of(span(0, 10, "C"), span(20, 30, "C")),
                List.of(span(8, 22, "C"), span(0, 9, "C"))))
        .isEqualTo(new SpanCounts(2, 0, 0));
    // gold 0-10 only; two predictions inside it: one matches, the other is a false positive.
    assertThat(
            SpanMatcher.lenient(
                List.of(span(0, 10, "C")), List.of(span(0, 3, "C"), span(5, 10, "C"))))
        .isEqualTo(new SpanCounts(1, 1, 0));
  }

  @Test
  void strictCountsDuplicatesOnceEach() {
    assertThat(
            SpanMatcher.strict(List.of(span(0, 5, "C"), span(0, 5, "C")), List.of(span(0, 5, "C"))))
        .isEqualTo(new SpanCounts(1, 0, 1));
  }

  @Test
  void ignoresGoldLabelsOutsideTheMapAndPredictionsOutsideItsTargets() {
    // gold: DIS 0-5 (scored), OTHER 10-15 (ignored); predicted: CONDITION 10-15 (a false positive:
    // the gold entity there is not scored), PROCEDURE 0-5 (ignored: not a target).
    Evaluator evaluator = new Evaluator(LabelMap.parse("DIS=CONDITION"));
    evaluator.add(
        new EvalRecord("r", "x".repeat(20), List.of(span(0, 5, "DIS"), span(10, 15, "OTHER"))),
        List.of(span(10, 15, "CONDITION"), span(0, 5, "PROCEDURE")));

    EvaluationReport report = evaluator.report();
    assertThat(report.labels()).containsOnlyKeys("CONDITION");
    assertThat(report.labels().get("CONDITION").strict()).isEqualTo(new SpanCounts(0, 1, 1));
    assertThat(report.ignoredGold()).isEqualTo(1);
    assertThat(report.ignoredPredicted()).isEqualTo(1);
  }

  @Test
  void countsRecordsPerLabel() {
    // CONDITION: r1 gold+pred (TP), r2 gold only (FN), r3 pred only (FP), r4 neither (TN)
    //   -> accuracy 2/4, P 1/2, R 1/2, F1 0.5
    // DRUG: only r2 has a gold drug, predicted there (TP), the rest TN
    //   -> accuracy 1, P 1, R 1
    String t = "x".repeat(20);
    Evaluator evaluator = new Evaluator(MAP);
    evaluator.add(
        new EvalRecord("r1", t, List.of(span(0, 3, "DIS"))), List.of(span(5, 9, "CONDITION")));
    evaluator.add(
        new EvalRecord("r2", t, List.of(span(0, 3, "DIS"), span(4, 6, "MED"))),
        List.of(span(4, 6, "DRUG")));
    evaluator.add(new EvalRecord("r3", t, List.of()), List.of(span(1, 2, "CONDITION")));
    evaluator.add(new EvalRecord("r4", t, List.of()), List.of());

    EvaluationReport report = evaluator.report();
    assertThat(report.records()).isEqualTo(4);
    RecordCounts condition = report.labels().get("CONDITION").records();
    assertThat(condition).isEqualTo(new RecordCounts(1, 1, 1, 1));
    assertThat(condition.accuracy()).isCloseTo(0.5, within(1e-9));
    assertThat(condition.f1()).isCloseTo(0.5, within(1e-9));
    RecordCounts drug = report.labels().get("DRUG").records();
    assertThat(drug).isEqualTo(new RecordCounts(1, 0, 0, 3));
    assertThat(drug.accuracy()).isEqualTo(1.0);
    // overall sums the 8 (record, label) pairs: TP 2, FP 1, FN 1, TN 4
    assertThat(report.overall().records()).isEqualTo(new RecordCounts(2, 1, 1, 4));
    // spans: CONDITION strict tp 0, fp 2, fn 2; DRUG tp 1 -> overall strict 1 / 3 / 2
    assertThat(report.overall().strict()).isEqualTo(new SpanCounts(1, 2, 2));
  }

  @Test
  void reportsZeroScoresWhenNothingIsPredicted() {
    Evaluator evaluator = new Evaluator(MAP);
    evaluator.add(new EvalRecord("r", "abc", List.of(span(0, 3, "DIS"))), List.of());
    SpanCounts strict = evaluator.report().labels().get("CONDITION").strict();
    assertThat(strict.precision()).isZero();
    assertThat(strict.recall()).isZero();
    assertThat(strict.f1()).isZero();
  }

  @Test
  void writesATableAndAMapWithTheFigures() {
    Evaluator evaluator = new Evaluator(MAP);
    evaluator.add(
        new EvalRecord("r1", "x".repeat(50), List.of(span(0, 10, "DIS"), span(20, 30, "DIS"))),
        List.of(span(0, 10, "CONDITION"), span(22, 35, "CONDITION"), span(40, 45, "CONDITION")));
    EvaluationReport report = evaluator.report();

    assertThat(report.toTable())
        .contains("1 records, label map DIS=CONDITION,MED=DRUG")
        .containsPattern(
            "CONDITION\\s+2\\s+3 \\|\\s+0.333\\s+0.500\\s+0.400 \\|\\s+0.667\\s+1.000\\s+0.800");
    @SuppressWarnings("unchecked")
    var condition =
        (java.util.Map<String, java.util.Map<String, java.util.Map<String, Object>>>)
            report.toMap().get("labels");
    assertThat(condition.get("CONDITION").get("lenient"))
        .containsEntry("f1", 0.8)
        .containsEntry("tp", 2L);
  }
}
