package dev.notes2omop.plugin.cli;

import dev.notes2omop.trainer.data.UnlabeledNote;
import dev.notes2omop.trainer.selftrain.SelfTraining;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** How {@code train --unlabeled} and {@code adapt} learn from unlabeled notes. */
final class SelfTrainingOptions {

  @Option(
      names = "--rounds",
      defaultValue = "" + SelfTraining.ROUNDS,
      description =
          "Teacher-student rounds over the unlabeled notes: round 1's silver spans come from the"
              + " lexicon's terms (and --from's model in adapt), each later round's from the terms"
              + " and the model of the round before (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(
      names = "--silver-outside-weight",
      defaultValue = "" + SelfTraining.OUTSIDE_WEIGHT,
      description =
          "Weight in the loss of an unlabeled-note token no teacher marked (it may be an entity"
              + " the teacher missed); a marked token weighs 1 (default: ${DEFAULT-VALUE}).")
  float outsideWeight;

  @Option(
      names = "--silver-windows",
      defaultValue = "" + SelfTraining.WINDOWS_PER_EPOCH,
      description =
          "Windows of unlabeled notes (of those with a silver span) sampled afresh each epoch"
              + " (default: ${DEFAULT-VALUE}).")
  int windowsPerEpoch;

  @Option(
      names = "--no-word-rules",
      description =
          "Do not mark words by their formation (medical suffixes, INN stems) on the unlabeled"
              + " notes; only the lexicon's terms and the teacher model.")
  boolean noWordRules;

  @Option(
      names = "--unlabeled-limit",
      paramLabel = "N",
      description = "Read at most N unlabeled notes (default: all).")
  Integer limit;

  /** The settings for {@code notes}, checked. */
  SelfTraining settings(List<UnlabeledNote> notes, CommandLine commandLine) {
    try {
      return new SelfTraining(
          notes, rounds, outsideWeight, windowsPerEpoch, null, List.of(), !noWordRules);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(commandLine, e.getMessage());
    }
  }
}
