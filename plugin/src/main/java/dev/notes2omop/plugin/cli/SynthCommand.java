package dev.notes2omop.plugin.cli;

import dev.notes2omop.trainer.synth.Tutor;
import dev.notes2omop.trainer.synth.Validator;
import dev.notes2omop.trainer.synth.grammar.GrammarTutor;
import dev.notes2omop.trainer.synth.llm.ChatClient;
import dev.notes2omop.trainer.synth.llm.CostReport;
import dev.notes2omop.trainer.synth.llm.LlmSettings;
import dev.notes2omop.trainer.synth.llm.LlmTutor;
import dev.notes2omop.trainer.synth.llm.LlmValidator;
import dev.notes2omop.trainer.synth.llm.UsageMeter;
import dev.notes2omop.trainer.synth.run.ReportWriter;
import dev.notes2omop.trainer.synth.run.SynthReport;
import dev.notes2omop.trainer.synth.run.SynthRunner;
import dev.notes2omop.trainer.synth.run.SynthSettings;
import dev.notes2omop.trainer.synth.split.SplitRatios;
import dev.notes2omop.trainer.synth.validate.RuleValidator;
import dev.notes2omop.trainer.synth.validate.ValidationChain;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code notes2omop synth}: synthetic training data, offline by default (the grammar tutor and the
 * rules); an LLM tutor or validator when asked, configured from the environment ({@link
 * LlmSettings#fromEnvironment}).
 */
@Command(
    name = "synth",
    mixinStandardHelpOptions = true,
    description =
        "Generates, validates and splits synthetic training records: writes train.jsonl,"
            + " test.jsonl, validation.jsonl, report.json and report.md into --out. Offline by"
            + " default; --tutor/--validator openai|gemini read NOTES2OMOP_LLM_URL,"
            + " NOTES2OMOP_LLM_MODEL, NOTES2OMOP_LLM_API_KEY and the other NOTES2OMOP_LLM_*"
            + " variables.")
final class SynthCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--records",
      defaultValue = "20873",
      description = "Records in the three files together (default: ${DEFAULT-VALUE}).")
  int records;

  @Option(names = "--seed", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", required = true, description = "The directory to write into.")
  Path out;

  @Option(
      names = "--tutor",
      defaultValue = "grammar",
      description = "grammar (offline), openai or gemini (default: ${DEFAULT-VALUE}).")
  String tutor;

  @Option(
      names = "--validator",
      defaultValue = "rules",
      description =
          "rules, or openai or gemini to have an LLM review what the rules accept"
              + " (default: ${DEFAULT-VALUE}).")
  String validator;

  @Option(
      names = "--min-label-share",
      defaultValue = "0.10",
      description =
          "Least share of records with an entity of each label, at most 0.25"
              + " (default: ${DEFAULT-VALUE}).")
  double minLabelShare;

  @Option(
      names = "--min-negative-share",
      defaultValue = "0.10",
      description =
          "Least share of negative and hard-negative records (default: ${DEFAULT-VALUE}).")
  double minNegativeShare;

  @Option(
      names = "--split",
      defaultValue = "80/10/10",
      description = "TRAIN/TEST/VALIDATION shares (default: ${DEFAULT-VALUE}).")
  String split;

  /** The environment LLM settings are read from; replaced in tests. */
  Map<String, String> environment = System.getenv();

  private final List<Supplier<CostReport>> costs = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    SynthSettings settings = settings();
    Tutor chosenTutor = tutor();
    List<Validator> validators = new ArrayList<>();
    validators.add(new RuleValidator());
    Validator llmValidator = llmValidator();
    if (llmValidator != null) {
      validators.add(llmValidator);
    }
    PrintWriter err = spec.commandLine().getErr();
    SynthRunner runner =
        new SynthRunner(
            chosenTutor,
            new ValidationChain(validators),
            settings,
            (round, generated, accepted, kept, wanted) -> {
              err.printf(
                  Locale.ROOT,
                  "round %d: %,d generated, %,d accepted, %,d of %,d in splits%n",
                  round,
                  generated,
                  accepted,
                  Math.min(kept, wanted),
                  wanted);
              err.flush();
            },
            costs.isEmpty() ? null : this::totalCost);
    SynthReport report = runner.run(out);
    PrintWriter printer = spec.commandLine().getOut();
    printer.print(ReportWriter.summary(report));
    printer.printf("Files and report (report.md, report.json) in %s%n", out);
    printer.flush();
    return 0;
  }

  private SynthSettings settings() {
    if (records < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--records must be at least 1, was " + records);
    }
    if (minLabelShare < 0 || minLabelShare > 0.25) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--min-label-share must be between 0 and 0.25 (four labels), was " + minLabelShare);
    }
    if (minNegativeShare < 0 || minNegativeShare > 0.9) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--min-negative-share must be between 0 and 0.9, was " + minNegativeShare);
    }
    SplitRatios ratios;
    try {
      ratios = SplitRatios.parse(split);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--split: " + e.getMessage());
    }
    SynthSettings defaults = SynthSettings.of(records, seed);
    return defaults
        .withShares(minLabelShare, minNegativeShare)
        .withSplit(defaults.split().withRatios(ratios));
  }

  private Tutor tutor() {
    return switch (tutor.toLowerCase(Locale.ROOT)) {
      case "grammar" -> new GrammarTutor();
      case "openai", "gemini" -> new LlmTutor(client(tutor, "--tutor"));
      default ->
          throw new CommandLine.ParameterException(
              spec.commandLine(), "--tutor must be grammar, openai or gemini, was '" + tutor + "'");
    };
  }

  private Validator llmValidator() {
    return switch (validator.toLowerCase(Locale.ROOT)) {
      case "rules" -> null;
      case "openai", "gemini" -> new LlmValidator(client(validator, "--validator"));
      default ->
          throw new CommandLine.ParameterException(
              spec.commandLine(),
              "--validator must be rules, openai or gemini, was '" + validator + "'");
    };
  }

  /** A client for {@code provider}, its cost counted in the report. */
  private ChatClient client(String provider, String option) {
    LlmSettings settings;
    try {
      settings = LlmSettings.fromEnvironment(provider, environment);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), option + " " + provider + ": " + e.getMessage());
    }
    UsageMeter meter = new UsageMeter();
    costs.add(() -> meter.report(settings));
    return ChatClient.create(settings, meter);
  }

  private CostReport totalCost() {
    CostReport total = CostReport.NONE;
    for (Supplier<CostReport> cost : costs) {
      total = total.plus(cost.get());
    }
    return total;
  }
}
