package dev.notes2omop.trainer.synth.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.notes2omop.trainer.synth.llm.CostReport;
import dev.notes2omop.trainer.synth.split.SplitName;
import dev.notes2omop.trainer.synth.split.SplitStats;
import dev.notes2omop.trainer.synth.validate.ValidationReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Writes a {@link SynthReport} as {@code report.json} and {@code report.md}. */
public final class ReportWriter {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ReportWriter() {}

  /** Writes {@code report.json} and {@code report.md} into {@code dir}, each atomically. */
  public static void write(SynthReport report, Path dir) throws IOException {
    String json = toJson(report);
    String markdown = toMarkdown(report);
    AtomicFiles.write(dir.resolve("report.json"), out -> out.write(json));
    AtomicFiles.write(dir.resolve("report.md"), out -> out.write(markdown));
  }

  /** The report as JSON, with a fixed field order. */
  public static String toJson(SynthReport report) {
    ObjectNode root = JSON.createObjectNode();
    SynthSettings s = report.settings();
    ObjectNode settings = root.putObject("settings");
    settings.put("records", s.records());
    settings.put("seed", s.seed());
    settings.put("tutor", report.tutor());
    report.validators().forEach(settings.putArray("validators")::add);
    settings.put("split", s.split().ratios().toString());
    settings.put("min_label_share", s.minLabelShare());
    settings.put("min_negative_share", s.minNegativeShare());
    settings.put("unseen_form_share", s.split().unseenFormShare());
    root.put("records", report.records());
    root.set("all", stats(report.all()));
    ObjectNode splits = root.putObject("splits");
    report.splits().forEach((name, stats) -> splits.set(name.fileStem(), stats(stats)));
    SynthReport.Generation g = report.generation();
    ObjectNode generation = root.putObject("generation");
    generation.put("rounds", g.rounds());
    generation.put("generated", g.generated());
    generation.put("accepted", g.accepted());
    generation.put("repeated_texts", g.repeatedTexts());
    generation.put("held_out_forms", g.heldOutForms());
    generation.put("held_out_dropped", g.heldOutDropped());
    generation.put("trimmed", g.trimmed());
    ObjectNode validation = root.putObject("validation");
    ValidationReport v = report.validation();
    ObjectNode byValidator = validation.putObject("validators");
    for (String id : v.validators()) {
      ObjectNode counts = byValidator.putObject(id);
      counts.put("accepted", v.accepted(id));
      counts.put("rejected", v.rejected(id));
    }
    ObjectNode reasons = validation.putObject("rejections");
    v.reasons().forEach(reasons::put);
    root.put("seconds", report.time().toMillis() / 1000.0);
    CostReport cost = report.cost();
    if (cost == null) {
      root.putNull("cost");
    } else {
      ObjectNode c = root.putObject("cost");
      c.put("requests", cost.requests());
      c.put("retries", cost.retries());
      c.put("input_tokens", cost.inputTokens());
      c.put("output_tokens", cost.outputTokens());
      c.put("usd", cost.costUsd());
    }
    report.warnings().forEach(root.putArray("warnings")::add);
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the report as JSON", e);
    }
  }

  private static ObjectNode stats(SplitStats stats) {
    ObjectNode node = JSON.createObjectNode();
    node.put("records", stats.records());
    putCounts(node.putObject("records_per_label"), stats.recordsPerLabel());
    putCounts(node.putObject("entities_per_label"), stats.entitiesPerLabel());
    putCounts(node.putObject("kinds"), stats.kinds());
    node.put("entities", stats.entities());
    ObjectNode assertions = node.putObject("assertion_shares");
    stats.assertionShares().forEach((k, share) -> assertions.put(k, round(share)));
    node.put("distinct_surface_forms", stats.distinctForms());
    node.put("distinct_templates", stats.distinctTemplates());
    node.put("distinct_families", stats.distinctFamilies());
    if (stats.unseenInTrainShare() == null) {
      node.putNull("unseen_in_train_share");
    } else {
      node.put("unseen_in_train_share", round(stats.unseenInTrainShare()));
    }
    return node;
  }

  private static void putCounts(ObjectNode node, Map<String, Integer> counts) {
    counts.forEach(node::put);
  }

  private static double round(double share) {
    return Math.round(share * 10_000) / 10_000.0;
  }

  /** The report as Markdown tables. */
  public static String toMarkdown(SynthReport report) {
    StringBuilder md = new StringBuilder();
    SynthSettings s = report.settings();
    md.append("# Synthetic data report\n\n");
    md.append(
        String.format(
            Locale.ROOT,
            "%,d records (of %,d wanted), seed %d, tutor `%s`, validators `%s`, split %s.%n%n",
            report.records(),
            s.records(),
            s.seed(),
            report.tutor(),
            String.join("`, `", report.validators()),
            s.split().ratios()));
    md.append("## Splits\n\n");
    md.append("| | all | train | test | validation |\n|---|---:|---:|---:|---:|\n");
    row(md, "records", report, st -> fmt(st.records()));
    for (String label : report.all().recordsPerLabel().keySet()) {
      row(md, "with " + label, report, st -> countAndShare(st.recordsPerLabel().get(label), st));
    }
    for (String kind : report.all().kinds().keySet()) {
      row(md, kind, report, st -> countAndShare(st.kinds().get(kind), st));
    }
    row(md, "entities", report, st -> fmt(st.entities()));
    for (String assertion : report.all().assertionShares().keySet()) {
      row(md, assertion + " (of entities)", report, st -> pct(st.assertionShares().get(assertion)));
    }
    row(md, "distinct surface forms", report, st -> fmt(st.distinctForms()));
    row(md, "distinct templates", report, st -> fmt(st.distinctTemplates()));
    row(md, "distinct families", report, st -> fmt(st.distinctFamilies()));
    row(
        md,
        "surface forms unseen in train",
        report,
        st -> st.unseenInTrainShare() == null ? "" : pct(st.unseenInTrainShare()));
    SynthReport.Generation g = report.generation();
    md.append("\n## Generation\n\n");
    md.append(
        String.format(
            Locale.ROOT,
            "- %d rounds, %,d records generated, %,d accepted by the validators%n"
                + "- %,d dropped for repeating a text, %,d surface forms held out of train and"
                + " test (%,d records dropped), %,d trimmed to the split shares%n"
                + "- time: %.1f s%n",
            g.rounds(),
            g.generated(),
            g.accepted(),
            g.repeatedTexts(),
            g.heldOutForms(),
            g.heldOutDropped(),
            g.trimmed(),
            report.time().toMillis() / 1000.0));
    if (report.cost() != null) {
      md.append("- LLM: ").append(report.cost()).append('\n');
    }
    md.append("\n## Validation\n\n| validator | accepted | rejected |\n|---|---:|---:|\n");
    ValidationReport v = report.validation();
    for (String id : v.validators()) {
      md.append("| `")
          .append(id)
          .append("` | ")
          .append(fmt(v.accepted(id)))
          .append(" | ")
          .append(fmt(v.rejected(id)))
          .append(" |\n");
    }
    md.append("\n| rejection reason | records |\n|---|---:|\n");
    v.reasons()
        .forEach(
            (reason, n) ->
                md.append("| ").append(reason).append(" | ").append(fmt(n)).append(" |\n"));
    if (!report.warnings().isEmpty()) {
      md.append("\n## Warnings\n\n");
      report.warnings().forEach(w -> md.append("- ").append(w).append('\n'));
    }
    return md.toString();
  }

  /** A few lines for the terminal. */
  public static String summary(SynthReport report) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "Wrote %,d records (train %,d, test %,d, validation %,d) in %.1f s%n",
            report.records(),
            report.splits().get(SplitName.TRAIN).records(),
            report.splits().get(SplitName.TEST).records(),
            report.splits().get(SplitName.VALIDATION).records(),
            report.time().toMillis() / 1000.0));
    SplitStats all = report.all();
    out.append("Records with a label:");
    all.recordsPerLabel()
        .forEach(
            (label, n) -> out.append(' ').append(label).append(' ').append(pct(share(n, all))));
    out.append(
        String.format(
            Locale.ROOT, "%nNegatives and hard negatives: %s%n", pct(all.negativeShare())));
    out.append(
        String.format(
            Locale.ROOT,
            "Distinct templates %,d, families %,d, surface forms %,d; validation forms unseen in"
                + " train: %s%n",
            all.distinctTemplates(),
            all.distinctFamilies(),
            all.distinctForms(),
            pct(report.splits().get(SplitName.VALIDATION).unseenInTrainShare())));
    SynthReport.Generation g = report.generation();
    out.append(
        String.format(
            Locale.ROOT,
            "Generated %,d in %d rounds, rejected %,d: %s%n",
            g.generated(),
            g.rounds(),
            report.validation().rejected(),
            report.validation().reasons()));
    if (report.cost() != null) {
      out.append("LLM: ").append(report.cost()).append('\n');
    }
    report.warnings().forEach(w -> out.append("Warning: ").append(w).append('\n'));
    return out.toString();
  }

  private interface Cell {
    String of(SplitStats stats);
  }

  private static void row(StringBuilder md, String name, SynthReport report, Cell cell) {
    md.append("| ").append(name).append(" | ").append(cell.of(report.all()));
    for (SplitName split : SplitName.values()) {
      md.append(" | ").append(cell.of(report.splits().get(split)));
    }
    md.append(" |\n");
  }

  private static String countAndShare(int count, SplitStats stats) {
    return fmt(count) + " (" + pct(share(count, stats)) + ")";
  }

  private static double share(int count, SplitStats stats) {
    return stats.records() == 0 ? 0 : (double) count / stats.records();
  }

  private static String fmt(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static String pct(Double share) {
    return share == null ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }
}
