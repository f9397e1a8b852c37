package dev.notes2omop.plugin.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.notes2omop.core.nlp.Mention;
import dev.notes2omop.plugin.runtime.Database;
import dev.notes2omop.plugin.runtime.TaggerSettings;
import dev.notes2omop.plugin.runtime.Taggers;
import dev.notes2omop.trainer.eval.EvalDataReader;
import dev.notes2omop.trainer.eval.EvalRecord;
import dev.notes2omop.trainer.eval.EvaluationReport;
import dev.notes2omop.trainer.eval.Evaluator;
import dev.notes2omop.trainer.eval.LabelMap;
import dev.notes2omop.trainer.eval.Span;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code notes2omop evaluate}: scores the tagger against annotated notes. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description =
        "Tags annotated notes ({\"id\",\"text\",\"entities\"} JSON lines, offsets in code points)"
            + " and prints strict and lenient precision, recall and F1 per label and record-level"
            + " accuracy, precision, recall and F1 (see docs/evaluation.md).")
final class EvaluateCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--data",
      required = true,
      paramLabel = "FILE",
      description = "The annotated notes.")
  Path data;

  @Option(
      names = "--label-map",
      required = true,
      paramLabel = "GOLD=OURS,...",
      description =
          "Which gold labels count as which of ours, e.g. NORMALIZABLES=DRUG. Other gold labels,"
              + " and predictions of labels no gold label maps to, are ignored.")
  String labelMap;

  @Option(
      names = "--json",
      paramLabel = "OUT",
      description = "Also write the report as JSON to OUT.")
  Path json;

  @Mixin TaggerOptions tagger;

  @Mixin LexiconOptions lexicons;

  @Mixin DatabaseOptions database;

  @Override
  public Integer call() throws Exception {
    LabelMap labels;
    try {
      labels = LabelMap.parse(labelMap);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--label-map: " + e.getMessage());
    }
    if (!Files.isRegularFile(data)) {
      throw new CommandLine.ParameterException(spec.commandLine(), data + " does not exist");
    }
    TaggerSettings taggerSettings = tagger.settings(spec.commandLine());
    List<EvalRecord> records = EvalDataReader.read(data);
    try (Database db = Database.open(database.settings());
        Taggers.OpenTagger noteTagger =
            TaggerOptions.open(
                spec.commandLine(),
                taggerSettings,
                TaggerOptions.dictionary(db.dataSource(), db.schemas(), lexicons.lexicon()))) {
      Evaluator evaluator = new Evaluator(labels);
      LineProgress progress = LineProgress.forTerminal();
      long started = System.nanoTime();
      long done = 0;
      for (EvalRecord record : records) {
        evaluator.add(record, spans(noteTagger.tag(record.text())));
        progress.update(++done);
      }
      progress.finish();
      double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
      EvaluationReport report = evaluator.report();
      print(report, noteTagger.id(), records.size() / seconds);
      if (json != null) {
        writeJson(report, noteTagger.id(), records.size() / seconds);
      }
    }
    return 0;
  }

  /** The tagger's mentions as spans labelled with our label names. */
  private static List<Span> spans(List<Mention> mentions) {
    List<Span> spans = new ArrayList<>(mentions.size());
    for (Mention mention : mentions) {
      spans.add(new Span(mention.start(), mention.end(), mention.label().name()));
    }
    return spans;
  }

  private void print(EvaluationReport report, String taggerId, double notesPerSecond) {
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%s, tagger %s%n", data, taggerId);
    out.print(report.toTable());
    out.printf(Locale.ROOT, "%ntagging: %.1f notes/s%n", notesPerSecond);
    out.flush();
  }

  private void writeJson(EvaluationReport report, String taggerId, double notesPerSecond)
      throws java.io.IOException {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("data", data.toString());
    root.put("tagger", taggerId);
    root.put("notes_per_second", Math.round(notesPerSecond * 10) / 10.0);
    root.putAll(report.toMap());
    Path parent = json.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    JSON.writerWithDefaultPrettyPrinter().writeValue(json.toFile(), root);
  }
}
