package dev.notes2omop.trainer.synth.run;

import dev.notes2omop.trainer.synth.llm.CostReport;
import dev.notes2omop.trainer.synth.split.SplitName;
import dev.notes2omop.trainer.synth.split.SplitStats;
import dev.notes2omop.trainer.synth.validate.ValidationReport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a run of {@link SynthRunner} made.
 *
 * @param settings what was asked
 * @param tutor the tutor's id
 * @param validators the validators' ids, in order
 * @param splits the statistics of each split
 * @param all the statistics of the three splits together
 * @param generation how the records were made
 * @param validation the validators' verdicts, counted
 * @param time how long it took
 * @param cost what the LLM calls cost, or {@code null} when there were none
 * @param warnings what fell short of the settings (fewer records, a label below its share, ...)
 * @param files the files written, by split
 */
public record SynthReport(
    SynthSettings settings,
    String tutor,
    List<String> validators,
    Map<SplitName, SplitStats> splits,
    SplitStats all,
    Generation generation,
    ValidationReport validation,
    Duration time,
    CostReport cost,
    List<String> warnings,
    Map<SplitName, Path> files) {

  public SynthReport {
    validators = List.copyOf(validators);
    splits = Collections.unmodifiableMap(new EnumMap<>(splits));
    warnings = List.copyOf(warnings);
    files = Collections.unmodifiableMap(new EnumMap<>(files));
  }

  /**
   * How the records were made.
   *
   * @param rounds rounds of generation
   * @param generated records the tutor gave
   * @param accepted records every validator accepted
   * @param repeatedTexts accepted records dropped by the splitter for repeating a text
   * @param heldOutForms surface forms held out of train and test
   * @param heldOutDropped train and test records dropped for holding a held-out form
   * @param trimmed records left out because a split had more than its share of the total
   */
  public record Generation(
      int rounds,
      long generated,
      long accepted,
      int repeatedTexts,
      int heldOutForms,
      int heldOutDropped,
      int trimmed) {}

  /** Records written, in the three files together. */
  public int records() {
    return all.records();
  }
}
