package dev.notes2omop.plugin.cli;

import dev.notes2omop.tagger.model.LabelSet;
import dev.notes2omop.tagger.neural.TaggerConfig;
import dev.notes2omop.trainer.model.ModelTrainer;
import dev.notes2omop.trainer.train.TrainRunner;
import dev.notes2omop.vocab.lexicon.Lexicon;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code notes2omop train}: trains the BiLSTM tagger on a data set written by {@code notes2omop
 * synth} and writes a model package; progress per epoch on stderr, validation scores on stdout.
 */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description =
        "Trains the BiLSTM tagger on train.jsonl of --data (early stopping on test.jsonl), scores it"
            + " on validation.jsonl (span P/R/F1 per label) and writes the model package and"
            + " training-report.json into --out. --data is required: make one first with"
            + " notes2omop synth --out DIR.")
final class TrainCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--data",
      required = true,
      description =
          "Directory with train.jsonl, test.jsonl and validation.jsonl (required; written by"
              + " notes2omop synth).")
  Path data;

  @Option(
      names = "--out",
      required = true,
      description =
          "Directory to write the model package into; an older package there is replaced.")
  Path out;

  @Option(
      names = "--epochs",
      defaultValue = "10",
      description =
          "Most epochs; fewer when the test F1 stops improving (default: ${DEFAULT-VALUE}).")
  int epochs;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Seed of the weights and the data order (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws Exception {
    if (epochs < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--epochs must be at least 1, was " + epochs);
    }
    if (!Files.isDirectory(data)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--data "
              + data
              + " is not a directory; write a data set first with notes2omop synth --out "
              + data);
    }
    TaggerConfig config = TrainRunner.withSeed(TaggerConfig.defaults().withEpochs(epochs), seed);
    LabelSet labels = LabelSet.standard();
    TrainRunner runner =
        new TrainRunner(
            config, labels, TrainRunner.gazetteerTerms(Lexicon.bundledSpanish(), labels));
    PrintWriter err = spec.commandLine().getErr();
    String id = "notes2omop-bilstm-" + out.toAbsolutePath().normalize().getFileName();
    TrainRunner.Result result = runner.run(id, data, out, e -> progress(err, e));
    PrintWriter printer = spec.commandLine().getOut();
    printer.printf(
        Locale.ROOT,
        "Trained %s: %d epochs in %.1f s (%,.0f tokens/s); validation (%,d records):%n",
        id,
        result.report().epochsRun(),
        result.report().trainingSeconds(),
        result.report().tokensPerSecond(),
        result.validation().records());
    printer.print(result.validation().table());
    printer.printf("Model package and %s in %s%n", TrainRunner.REPORT, result.out());
    printer.flush();
    return 0;
  }

  private static void progress(PrintWriter err, ModelTrainer.EpochReport e) {
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
}
