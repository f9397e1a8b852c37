package dev.notes2omop.plugin.cli;

import dev.notes2omop.tagger.model.LabelSet;
import dev.notes2omop.tagger.neural.TaggerConfig;
import dev.notes2omop.trainer.model.ModelTrainer;
import dev.notes2omop.trainer.selftrain.SelfTraining;
import dev.notes2omop.trainer.selftrain.SilverTeacher;
import dev.notes2omop.trainer.synth.Tutor;
import dev.notes2omop.trainer.synth.grammar.GrammarTutor;
import dev.notes2omop.trainer.synth.llm.ChatClient;
import dev.notes2omop.trainer.synth.llm.LlmSettings;
import dev.notes2omop.trainer.synth.llm.LlmTutor;
import dev.notes2omop.trainer.synth.llm.UsageMeter;
import dev.notes2omop.trainer.synth.run.ReportWriter;
import dev.notes2omop.trainer.synth.run.SynthReport;
import dev.notes2omop.trainer.synth.run.SynthRunner;
import dev.notes2omop.trainer.synth.run.SynthSettings;
import dev.notes2omop.trainer.synth.validate.RuleValidator;
import dev.notes2omop.trainer.synth.validate.ValidationChain;
import dev.notes2omop.trainer.train.LoopSettings;
import dev.notes2omop.trainer.train.TrainProgress;
import dev.notes2omop.trainer.train.TrainRunner;
import dev.notes2omop.trainer.train.TrainingReport;
import dev.notes2omop.vocab.lexicon.Lexicon;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code notes2omop train}: trains the BiLSTM tagger on a data set (written by {@code notes2omop
 * synth}, or generated first with synth's defaults into {@code <out>/data}), runs the error-pattern
 * loop and writes the best model's package; progress per iteration and epoch on stderr, scores and
 * patterns on stdout.
 */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description =
        "Trains the BiLSTM tagger on train.jsonl of --data (early stopping on test.jsonl), scores it"
            + " on validation.jsonl (span P/R/F1 per label), groups the validation errors into"
            + " patterns, has the tutor write 3 records per pattern for the most frequent ones,"
            + " adds those the rules accept to the training data and retrains, for --iterations"
            + " trainings or until validation F1 stops improving; writes the best model's package"
            + " and training-report.json into --out. Without --data, first generates the default"
            + " synthetic data set into <out>/data, as notes2omop synth --out <out>/data does.")
final class TrainCommand implements Callable<Integer> {

  /** synth's default number of records. */
  static final String DEFAULT_RECORDS = "20873";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--data",
      description =
          "Directory with train.jsonl, test.jsonl and validation.jsonl (written by notes2omop"
              + " synth). Without it, a data set is generated into <out>/data with --records"
              + " and --data-seed, as notes2omop synth does.")
  Path data;

  @Option(
      names = "--out",
      required = true,
      description =
          "Directory to write the model package into; an older package there is replaced.")
  Path out;

  @Option(
      names = "--iterations",
      defaultValue = "3",
      description =
          "Most trainings: the first on train.jsonl, each later one with the records the loop"
              + " added; 1 turns the loop off (default: ${DEFAULT-VALUE}).")
  int iterations;

  @Option(
      names = "--patterns",
      defaultValue = "20",
      description =
          "Most frequent error patterns the tutor writes about per iteration"
              + " (default: ${DEFAULT-VALUE}).")
  int patterns;

  @Option(
      names = "--tutor",
      defaultValue = "grammar",
      description =
          "Who writes the loop's records: grammar (offline), openai or gemini (read from the"
              + " NOTES2OMOP_LLM_* variables, as in synth) (default: ${DEFAULT-VALUE}).")
  String tutor;

  @Option(
      names = "--epochs",
      defaultValue = "10",
      description =
          "Most epochs; fewer when the test F1 stops improving (default: ${DEFAULT-VALUE}).")
  int epochs;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description =
          "Seed of the weights, the data order and the loop's records (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--records",
      defaultValue = DEFAULT_RECORDS,
      description =
          "Without --data: records of the generated data set, as synth --records"
              + " (default: ${DEFAULT-VALUE}).")
  int records;

  @Option(
      names = "--data-seed",
      defaultValue = "1",
      description =
          "Without --data: seed of the generated data set, as synth --seed"
              + " (default: ${DEFAULT-VALUE}).")
  long dataSeed;

  @Option(
      names = "--corrections",
      description =
          "Records written by notes2omop review export --records (stewards' corrections), added"
              + " to the training split only; repeatable.")
  List<Path> corrections = new ArrayList<>();

  @Option(
      names = "--unlabeled",
      arity = "1..*",
      paramLabel = "FILE",
      description =
          "Unlabeled notes to learn from (self-training, docs/model.md): {\"id\",\"text\"} JSON"
              + " lines, or FHIR NDJSON/Bundle exports of DocumentReferences; .gz allowed;"
              + " repeatable.")
  List<Path> unlabeled = new ArrayList<>();

  @CommandLine.Mixin SelfTrainingOptions selfTraining;

  /** The environment LLM settings are read from; replaced in tests. */
  Map<String, String> environment = System.getenv();

  @Override
  public Integer call() throws Exception {
    check();
    Tutor loopTutor = iterations > 1 ? tutor() : null;
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter printer = spec.commandLine().getOut();
    Path dataDir = data;
    if (dataDir == null) {
      TrainRunner.checkOut(out);
      dataDir = out.resolve("data");
      SynthReport synth = generate(dataDir, records, dataSeed, err);
      printer.print(ReportWriter.summary(synth));
      printer.printf("Data set in %s%n", dataDir);
    }
    if (!corrections.isEmpty()) {
      TrainRunner.checkOut(out);
      int added = CorrectionData.merge(dataDir, corrections, out.resolve(CorrectionData.DIRECTORY));
      dataDir = out.resolve(CorrectionData.DIRECTORY);
      printer.printf("%,d stewards' correction records added to the training split%n", added);
    }
    SelfTraining learning = SelfTraining.none();
    if (!unlabeled.isEmpty()) {
      UnlabeledNotes.Read read = UnlabeledNotes.read(unlabeled, selfTraining.limit, err);
      if (read.notes().isEmpty()) {
        throw usage("--unlabeled: no note in " + unlabeled);
      }
      printer.printf(
          Locale.ROOT,
          "%,d unlabeled notes to learn from%s%n",
          read.notes().size(),
          read.skipped() == 0 ? "" : " (" + read.skipped() + " bad lines skipped)");
      learning = selfTraining.settings(read.notes(), spec.commandLine());
    }
    LoopSettings loop =
        iterations > 1
            ? LoopSettings.of(iterations, loopTutor).withPatterns(patterns)
            : LoopSettings.none();
    TrainRunner.Result result =
        train(dataDir, out, epochs, seed, loop, learning, new Progress(err, printer));
    TrainingReport report = result.report();
    printer.printf(
        Locale.ROOT,
        "Trained %s: best iteration %d of %d, %,d training records (%,d added by the loop),"
            + " %d epochs in %.1f s (%,.0f tokens/s); validation (%,d records):%n",
        report.id(),
        report.bestIteration(),
        report.iterations().size(),
        report.trainRecords(),
        report.recordsAdded(),
        report.epochsRun(),
        report.trainingSeconds(),
        report.tokensPerSecond(),
        result.validation().records());
    printer.print(result.validation().table());
    printer.printf("Model package and %s in %s%n", TrainRunner.REPORT, result.out());
    printer.flush();
    return 0;
  }

  /** Trains with the default network and the bundled lexicons' gazetteer. */
  static TrainRunner.Result train(
      Path dataDir,
      Path out,
      int epochs,
      long seed,
      LoopSettings loop,
      SelfTraining learning,
      TrainProgress progress)
      throws java.io.IOException {
    TaggerConfig config = TrainRunner.withSeed(TaggerConfig.defaults().withEpochs(epochs), seed);
    LabelSet labels = LabelSet.standard();
    TrainRunner runner =
        new TrainRunner(config, labels, TrainRunner.gazetteerTerms(Lexicon.bundled(), labels));
    return runner.run(id(out), dataDir, out, loop, learning, progress);
  }

  /** The id of a model written to {@code out}: {@code notes2omop-es-bilstm-<dir name>}. */
  static String id(Path out) {
    return "notes2omop-es-bilstm-" + out.toAbsolutePath().normalize().getFileName();
  }

  private void check() {
    if (epochs < 1) {
      throw usage("--epochs must be at least 1, was " + epochs);
    }
    if (iterations < 1) {
      throw usage("--iterations must be at least 1, was " + iterations);
    }
    if (patterns < 1) {
      throw usage("--patterns must be at least 1, was " + patterns);
    }
    if (records < 1) {
      throw usage("--records must be at least 1, was " + records);
    }
    for (Path file : unlabeled) {
      if (!Files.isRegularFile(file)) {
        throw usage("--unlabeled " + file + " is not a file");
      }
    }
    for (Path file : corrections) {
      if (!Files.isRegularFile(file)) {
        throw usage(
            "--corrections "
                + file
                + " is not a file: write one with notes2omop review export --records "
                + file);
      }
    }
    if (data != null && !Files.isDirectory(data)) {
      throw usage(
          "--data "
              + data
              + " is not a directory; write a data set first with notes2omop synth --out "
              + data
              + ", or leave --data out to generate one");
    }
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  /** The default data set of {@code synth} for {@code --records} and {@code --data-seed}. */
  static SynthReport generate(Path dir, int records, long dataSeed, PrintWriter err)
      throws java.io.IOException {
    SynthRunner runner =
        new SynthRunner(
            new GrammarTutor(),
            new ValidationChain(List.of(new RuleValidator())),
            SynthSettings.of(records, dataSeed),
            (round, generated, accepted, kept, wanted) -> {
              err.printf(
                  Locale.ROOT,
                  "data round %d: %,d generated, %,d accepted, %,d of %,d in splits%n",
                  round,
                  generated,
                  accepted,
                  Math.min(kept, wanted),
                  wanted);
              err.flush();
            },
            null);
    return runner.run(dir);
  }

  private Tutor tutor() {
    return switch (tutor.toLowerCase(Locale.ROOT)) {
      case "grammar" -> new GrammarTutor();
      case "openai", "gemini" -> {
        LlmSettings settings;
        try {
          settings = LlmSettings.fromEnvironment(tutor, environment);
        } catch (IllegalArgumentException e) {
          throw usage("--tutor " + tutor + ": " + e.getMessage());
        }
        yield new LlmTutor(ChatClient.create(settings, new UsageMeter()));
      }
      default -> throw usage("--tutor must be grammar, openai or gemini, was '" + tutor + "'");
    };
  }

  /**
   * Iteration headers and epoch lines on stderr; each iteration's scores and patterns on stdout.
   */
  record Progress(PrintWriter err, PrintWriter out) implements TrainProgress {

    @Override
    public void noteMarked(int done, int total) {
      if (done % 500 == 0 || done == total) {
        err.printf(Locale.ROOT, "marking unlabeled notes: %,d of %,d%n", done, total);
        err.flush();
      }
    }

    @Override
    public void silverMarked(int round, int rounds, SilverTeacher.Taught taught) {
      out.printf(
          Locale.ROOT,
          "== self-training round %d/%d: %,d notes, %,d silver spans (%,d from the lexicon's"
              + " terms, %,d from word formation, %,d from the model; %,d overlapping or off"
              + " token bounds dropped)%n",
          round,
          rounds,
          taught.records().size(),
          taught.spans(),
          taught.termSpans(),
          taught.ruleSpans(),
          taught.modelSpans(),
          taught.dropped());
      out.flush();
    }

    @Override
    public void iterationStarted(int iteration, int iterations, int trainRecords, int added) {
      err.printf(
          Locale.ROOT,
          "== iteration %d/%d: training on %,d records (%,d added by the loop)%n",
          iteration,
          iterations,
          trainRecords,
          added);
      err.flush();
    }

    @Override
    public void epoch(ModelTrainer.EpochReport e) {
      err.printf(
          Locale.ROOT,
          "epoch %d/%d: loss %.4f, test span F1 %.3f, %,.0f tokens/s, %.1f s%n",
          e.epoch(),
          e.epochs(),
          e.meanLoss(),
          e.heldOut().f1(),
          e.tokensPerSecond(),
          e.seconds());
      err.flush();
    }

    @Override
    public void iterationDone(TrainingReport.Iteration it) {
      out.printf(
          Locale.ROOT,
          "Iteration %d: validation span F1 %.4f, test %.4f%s; %,d error patterns",
          it.iteration(),
          it.validationSpanF1(),
          it.testSpanF1(),
          it.improved() ? " (best so far)" : " (no better: the loop stops)",
          it.patternsFound());
      if (it.generated() > 0) {
        out.printf(
            Locale.ROOT,
            "; %,d records written about the top %d, %,d added%n",
            it.generated(),
            it.patterns().size(),
            it.recordsAdded());
      } else {
        out.println();
      }
      for (TrainingReport.PatternLine p : it.patterns()) {
        out.printf(
            Locale.ROOT,
            "  %5d  %-15s %-11s %s%n",
            p.count(),
            p.kind().phrase(),
            p.predicted() == null ? p.label() : p.label() + "<" + p.predicted(),
            p.context().isEmpty()
                ? "'" + p.text() + "'"
                : "'" + p.text() + "' after '" + p.context() + "'");
      }
      out.flush();
    }
  }
}
