package dev.notes2omop.trainer.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores predictions against gold records, one record at a time. Gold labels are translated by the
 * {@link LabelMap}; gold entities whose label it does not name, and predictions whose label is not
 * one of its targets, are left out (and counted as ignored). Not thread-safe.
 */
public final class Evaluator {

  private final LabelMap labels;
  private final Map<String, LabelScores> scores = new LinkedHashMap<>();
  private long records;
  private long ignoredGold;
  private long ignoredPredicted;

  public Evaluator(LabelMap labels) {
    this.labels = Objects.requireNonNull(labels, "labels");
    for (String label : labels.targets()) {
      scores.put(label, LabelScores.ZERO);
    }
  }

  /**
   * Adds one record.
   *
   * @param gold the record, its entities with the data set's labels
   * @param predicted the predicted spans, with our labels, in UTF-16 offsets into the record's text
   */
  public void add(EvalRecord gold, List<Span> predicted) {
    Map<String, List<Span>> goldByLabel = new LinkedHashMap<>();
    Map<String, List<Span>> predictedByLabel = new LinkedHashMap<>();
    for (String label : labels.targets()) {
      goldByLabel.put(label, new ArrayList<>());
      predictedByLabel.put(label, new ArrayList<>());
    }
    for (Span span : gold.entities()) {
      var target = labels.target(span.label());
      if (target.isPresent()) {
        goldByLabel.get(target.get()).add(new Span(span.start(), span.end(), target.get()));
      } else {
        ignoredGold++;
      }
    }
    for (Span span : predicted) {
      List<Span> list = predictedByLabel.get(span.label());
      if (list != null) {
        list.add(span);
      } else {
        ignoredPredicted++;
      }
    }
    for (String label : labels.targets()) {
      List<Span> g = goldByLabel.get(label);
      List<Span> p = predictedByLabel.get(label);
      LabelScores one =
          new LabelScores(
              SpanMatcher.strict(g, p),
              SpanMatcher.lenient(g, p),
              RecordCounts.ZERO.plus(!g.isEmpty(), !p.isEmpty()));
      scores.merge(label, one, LabelScores::plus);
    }
    records++;
  }

  /** The scores so far. */
  public EvaluationReport report() {
    return new EvaluationReport(labels.toString(), records, scores, ignoredGold, ignoredPredicted);
  }
}
