package dev.notes2omop.trainer.train;

import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.tagger.model.TagSpan;
import dev.notes2omop.tagger.neural.TaggerPredictor;
import dev.notes2omop.tagger.text.Tokens;
import dev.notes2omop.trainer.data.SynthEntity;
import dev.notes2omop.trainer.data.SynthRecord;
import dev.notes2omop.trainer.eval.SpanCounts;
import dev.notes2omop.trainer.model.ExactSpans;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Exact-match span scores of a model on the validation split, overall and per label.
 *
 * @param records validation records scored
 * @param overall all labels together
 * @param byLabel one entry per label of the model, in label order
 */
public record ValidationScores(
    int records, SpanCounts overall, Map<EntityLabel, SpanCounts> byLabel) {

  /** Prefix of the validation figures in {@code model.json}'s metrics. */
  public static final String PREFIX = "validation_";

  public ValidationScores {
    byLabel = Collections.unmodifiableMap(new EnumMap<>(byLabel));
  }

  /**
   * Scores {@code predictor} on {@code validation}; every label of {@code labels} gets an entry.
   */
  public static ValidationScores of(
      TaggerPredictor predictor, List<SynthRecord> validation, List<EntityLabel> labels) {
    return of(scored(predictor, validation), labels);
  }

  /** Each record's text, gold spans and the spans {@code predictor} finds. */
  public static List<ErrorPatterns.Scored> scored(
      TaggerPredictor predictor, List<SynthRecord> records) {
    List<ErrorPatterns.Scored> out = new ArrayList<>(records.size());
    for (SynthRecord r : records) {
      List<TagSpan> gold = new ArrayList<>(r.entities().size());
      for (SynthEntity e : r.entities()) {
        gold.add(new TagSpan(e.start(), e.end(), e.label()));
      }
      out.add(new ErrorPatterns.Scored(r.text(), gold, predictor.spans(Tokens.of(r.text()))));
    }
    return out;
  }

  /** Scores of scored records; every label of {@code labels} gets an entry. */
  public static ValidationScores of(List<ErrorPatterns.Scored> scored, List<EntityLabel> labels) {
    Map<EntityLabel, SpanCounts> byLabel = new EnumMap<>(EntityLabel.class);
    for (EntityLabel label : labels) {
      byLabel.put(label, SpanCounts.ZERO);
    }
    SpanCounts overall = SpanCounts.ZERO;
    for (ErrorPatterns.Scored r : scored) {
      overall = overall.plus(ExactSpans.count(r.gold(), r.predicted()));
      for (EntityLabel label : labels) {
        SpanCounts s =
            ExactSpans.count(withLabel(r.gold(), label), withLabel(r.predicted(), label));
        byLabel.merge(label, s, SpanCounts::plus);
      }
    }
    return new ValidationScores(scored.size(), overall, byLabel);
  }

  private static List<TagSpan> withLabel(List<TagSpan> spans, EntityLabel label) {
    return spans.stream().filter(s -> s.label() == label).toList();
  }

  /**
   * The figures as {@code model.json} metrics: {@code validation_span_precision}, {@code _recall},
   * {@code _f1}, {@code validation_records}, and {@code validation_span_f1.<LABEL>} (and precision,
   * recall) per label.
   */
  public Map<String, Double> metrics() {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put(PREFIX + "records", (double) records);
    put(m, "", overall);
    for (Map.Entry<EntityLabel, SpanCounts> e : byLabel.entrySet()) {
      put(m, "." + e.getKey().name(), e.getValue());
    }
    return m;
  }

  private static void put(Map<String, Double> m, String suffix, SpanCounts s) {
    m.put(PREFIX + "span_precision" + suffix, s.precision());
    m.put(PREFIX + "span_recall" + suffix, s.recall());
    m.put(PREFIX + "span_f1" + suffix, s.f1());
  }

  /** One line per label and one overall, for a terminal. */
  public String table() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(Locale.ROOT, "%-14s %6s %6s %6s %6s%n", "label", "gold", "P", "R", "F1"));
    for (Map.Entry<EntityLabel, SpanCounts> e : byLabel.entrySet()) {
      row(out, e.getKey().name(), e.getValue());
    }
    row(out, "overall", overall);
    return out.toString();
  }

  private static void row(StringBuilder out, String name, SpanCounts s) {
    out.append(
        String.format(
            Locale.ROOT,
            "%-14s %6d %6.3f %6.3f %6.3f%n",
            name,
            s.truePositives() + s.falseNegatives(),
            s.precision(),
            s.recall(),
            s.f1()));
  }
}
