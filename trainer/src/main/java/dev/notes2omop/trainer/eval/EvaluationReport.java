package dev.notes2omop.trainer.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The scores of one evaluation: per label and overall (micro: the counts of every label summed).
 *
 * @param labelMap the label map, as given
 * @param records how many records were scored
 * @param labels the scores of each of our labels the label map names, in its order
 * @param ignoredGold gold entities whose label the map does not name
 * @param ignoredPredicted predictions whose label is none of the map's targets
 */
public record EvaluationReport(
    String labelMap,
    long records,
    Map<String, LabelScores> labels,
    long ignoredGold,
    long ignoredPredicted) {

  public EvaluationReport {
    Objects.requireNonNull(labelMap, "labelMap");
    labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
  }

  /** The counts of every label summed (record-level: over every record and label pair). */
  public LabelScores overall() {
    LabelScores sum = LabelScores.ZERO;
    for (LabelScores scores : labels.values()) {
      sum = sum.plus(scores);
    }
    return sum;
  }

  /** A plain-text table: one row per label and one for all of them, then the record counts. */
  public String toTable() {
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT,
            "%d records, label map %s (ignored: %d gold entities, %d predictions)%n%n",
            records,
            labelMap,
            ignoredGold,
            ignoredPredicted));
    String head = "%-14s %7s %7s | %-20s | %-20s | %-27s%n";
    s.append(String.format(Locale.ROOT, head, "", "", "", "strict", "lenient", "record-level"));
    s.append(
        String.format(
            Locale.ROOT,
            "%-14s %7s %7s | %6s %6s %6s | %6s %6s %6s | %6s %6s %6s %6s%n",
            "label",
            "gold",
            "pred",
            "P",
            "R",
            "F1",
            "P",
            "R",
            "F1",
            "acc",
            "P",
            "R",
            "F1"));
    labels.forEach((label, scores) -> row(s, label, scores));
    if (labels.size() > 1) {
      row(s, "(micro)", overall());
    }
    s.append(String.format(Locale.ROOT, "%nrecord-level counts (TP FP FN TN):%n"));
    labels.forEach(
        (label, scores) -> {
          RecordCounts r = scores.records();
          s.append(
              String.format(
                  Locale.ROOT,
                  "  %-14s %d %d %d %d%n",
                  label,
                  r.truePositives(),
                  r.falsePositives(),
                  r.falseNegatives(),
                  r.trueNegatives()));
        });
    return s.toString();
  }

  private static void row(StringBuilder s, String label, LabelScores scores) {
    SpanCounts strict = scores.strict();
    SpanCounts lenient = scores.lenient();
    RecordCounts records = scores.records();
    s.append(
        String.format(
            Locale.ROOT,
            "%-14s %7d %7d | %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f %6.3f%n",
            label,
            strict.gold(),
            strict.predicted(),
            strict.precision(),
            strict.recall(),
            strict.f1(),
            lenient.precision(),
            lenient.recall(),
            lenient.f1(),
            records.accuracy(),
            records.precision(),
            records.recall(),
            records.f1()));
  }

  /** The report as nested maps and numbers, ready for a JSON writer. */
  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("label_map", labelMap);
    map.put("records", records);
    map.put("ignored_gold_entities", ignoredGold);
    map.put("ignored_predictions", ignoredPredicted);
    Map<String, Object> perLabel = new LinkedHashMap<>();
    labels.forEach((label, scores) -> perLabel.put(label, scoresMap(scores)));
    map.put("labels", perLabel);
    map.put("overall", scoresMap(overall()));
    return map;
  }

  private static Map<String, Object> scoresMap(LabelScores scores) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("strict", spanMap(scores.strict()));
    map.put("lenient", spanMap(scores.lenient()));
    RecordCounts r = scores.records();
    Map<String, Object> records = new LinkedHashMap<>();
    records.put("tp", r.truePositives());
    records.put("fp", r.falsePositives());
    records.put("fn", r.falseNegatives());
    records.put("tn", r.trueNegatives());
    records.put("accuracy", round(r.accuracy()));
    records.put("precision", round(r.precision()));
    records.put("recall", round(r.recall()));
    records.put("f1", round(r.f1()));
    map.put("records", records);
    return map;
  }

  private static Map<String, Object> spanMap(SpanCounts c) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("tp", c.truePositives());
    map.put("fp", c.falsePositives());
    map.put("fn", c.falseNegatives());
    map.put("precision", round(c.precision()));
    map.put("recall", round(c.recall()));
    map.put("f1", round(c.f1()));
    return map;
  }

  private static double round(double value) {
    return Math.round(value * 1e4) / 1e4;
  }
}
