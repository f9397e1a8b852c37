package dev.notes2omop.plugin.cli;

import dev.notes2omop.plugin.runtime.Taggers;
import dev.notes2omop.tagger.neural.ModelPackage;
import dev.notes2omop.trainer.selftrain.SelfTraining;
import dev.notes2omop.trainer.synth.run.ReportWriter;
import dev.notes2omop.trainer.synth.run.SynthReport;
import dev.notes2omop.trainer.train.LoopSettings;
import dev.notes2omop.trainer.train.TrainRunner;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code notes2omop adapt}: a site retrains the model on its own unlabeled notes plus the synthetic
 * data, the starting model's spans and the lexicon's terms marking the notes (self-training).
 */
@Command(
    name = "adapt",
    mixinStandardHelpOptions = true,
    description =
        "Adapts the tagger to a site's notes without annotating any: marks silver spans on the"
            + " notes with the lexicon's terms and the --from model (the shipped one by default),"
            + " trains a new model on them plus the synthetic data (generated into <out>/data"
            + " without --data), for --rounds teacher-student rounds, and writes its package and"
            + " training-report.json into --out. Use it with --model <out> in etl, tag and serve.")
final class AdaptCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--notes",
      required = true,
      arity = "1..*",
      paramLabel = "FILE",
      description =
          "The site's notes: {\"id\",\"text\"} JSON lines, or FHIR NDJSON/Bundle exports of"
              + " DocumentReferences; .gz allowed.")
  List<Path> notes;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Where to write the adapted model's package.")
  Path out;

  @Option(
      names = "--from",
      paramLabel = "MODEL",
      description = "The model package to start from (default: the shipped model).")
  Path from;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "Synthetic data (train.jsonl, test.jsonl, validation.jsonl, as synth writes); without"
              + " it, synth's default data set is generated into <out>/data.")
  Path data;

  @Option(
      names = "--records",
      defaultValue = TrainCommand.DEFAULT_RECORDS,
      description = "Without --data: records to generate (default: ${DEFAULT-VALUE}).")
  int records;

  @Option(
      names = "--data-seed",
      defaultValue = "1",
      description = "Without --data: seed of the generated data (default: ${DEFAULT-VALUE}).")
  long dataSeed;

  @Option(
      names = "--epochs",
      defaultValue = "10",
      description = "Most epochs per round (default: ${DEFAULT-VALUE}).")
  int epochs;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Seed of the weights and the data order (default: ${DEFAULT-VALUE}).")
  long seed;

  @Mixin SelfTrainingOptions selfTraining;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter printer = spec.commandLine().getOut();
    for (Path file : notes) {
      if (!Files.isRegularFile(file)) {
        throw usage("--notes " + file + " is not a file");
      }
    }
    if (epochs < 1) {
      throw usage("--epochs must be at least 1, was " + epochs);
    }
    if (data != null && !Files.isDirectory(data)) {
      throw usage("--data " + data + " is not a directory (write one with notes2omop synth)");
    }
    if (from != null) {
      Taggers.requirePackage(from);
    }
    TrainRunner.checkOut(out);
    UnlabeledNotes.Read read = UnlabeledNotes.read(notes, selfTraining.limit, err);
    if (read.notes().isEmpty()) {
      throw usage("--notes: no note in " + notes);
    }
    printer.printf(
        Locale.ROOT,
        "%,d notes to adapt to%s%n",
        read.notes().size(),
        read.skipped() == 0 ? "" : " (" + read.skipped() + " bad lines skipped)");
    Path dataDir = data;
    if (dataDir == null) {
      dataDir = out.resolve("data");
      SynthReport synth = TrainCommand.generate(dataDir, records, dataSeed, err);
      printer.print(ReportWriter.summary(synth));
    }
    try (ModelPackage start = from == null ? Taggers.loadBundled() : Taggers.load(from)) {
      printer.printf("Starting from %s%n", start.manifest().id());
      SelfTraining learning = selfTraining.settings(read.notes(), spec.commandLine()).from(start);
      TrainRunner.Result result =
          TrainCommand.train(
              dataDir,
              out,
              epochs,
              seed,
              LoopSettings.none(),
              learning,
              new TrainCommand.Progress(err, printer));
      printer.printf(
          Locale.ROOT,
          "Adapted model %s: %,d epochs in %.1f s; validation on the synthetic split (%,d"
              + " records):%n",
          result.report().id(),
          result.report().epochsRun(),
          result.report().trainingSeconds(),
          result.validation().records());
      printer.print(result.validation().table());
      printer.printf(
          "Model package and %s in %s; use it with --model %s%n",
          TrainRunner.REPORT, result.out(), result.out());
    }
    printer.flush();
    return 0;
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
