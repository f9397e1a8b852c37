package dev.notes2omop.trainer.train;

import dev.notes2omop.trainer.data.SynthRecord;
import dev.notes2omop.trainer.synth.GenerationRequest;
import dev.notes2omop.trainer.synth.Tutor;
import dev.notes2omop.trainer.synth.validate.RuleValidator;
import dev.notes2omop.trainer.synth.validate.ValidationChain;
import dev.notes2omop.trainer.synth.validate.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The loop's new records: asks the tutor for records about error patterns and keeps those the rule
 * validator of {@code synth} accepts. The validator is first shown every record of the data set
 * (validation, test, then train), so that a new record that repeats or nearly repeats any of them,
 * or an earlier new record, is rejected; new records only ever join the training data.
 */
final class FocusedRecords {

  /**
   * What one round produced.
   *
   * @param accepted the records to add to the training data
   * @param generated records the tutor wrote
   * @param rejections rejected records per reason
   */
  record Round(List<SynthRecord> accepted, int generated, Map<String, Long> rejections) {}

  private final Tutor tutor;
  private final int perPattern;
  private final long seed;
  private final RuleValidator rules = new RuleValidator();
  private final ValidationChain chain = new ValidationChain(List.of(rules));

  FocusedRecords(Tutor tutor, int perPattern, long seed, TrainingData data) {
    this.tutor = tutor;
    this.perPattern = perPattern;
    this.seed = seed;
    List<SynthRecord> known = new ArrayList<>(data.validation());
    known.addAll(data.test());
    known.addAll(data.train());
    rules.validate(known);
  }

  /** Records about {@code patterns}, their ids prefixed with {@code loop<iteration>-}. */
  Round round(int iteration, List<ErrorPatterns.Pattern> patterns) {
    if (patterns.isEmpty()) {
      return new Round(List.of(), 0, Map.of());
    }
    List<String> focus = patterns.stream().map(p -> p.focus().describe()).toList();
    GenerationRequest request =
        new GenerationRequest(perPattern * patterns.size(), seed * 1_000 + iteration, 0, 0, focus);
    List<SynthRecord> generated = new ArrayList<>();
    for (SynthRecord r : tutor.generate(request)) {
      generated.add(
          new SynthRecord(
              "loop" + iteration + "-" + r.id(),
              r.text(),
              r.tokens(),
              r.tags(),
              r.entities(),
              r.meta()));
    }
    ValidationReport report = new ValidationReport();
    List<SynthRecord> accepted = chain.apply(generated, report);
    return new Round(accepted, generated.size(), new java.util.TreeMap<>(report.reasons()));
  }
}
