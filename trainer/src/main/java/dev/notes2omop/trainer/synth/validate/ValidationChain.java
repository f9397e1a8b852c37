package dev.notes2omop.trainer.synth.validate;

import dev.notes2omop.trainer.data.SynthRecord;
import dev.notes2omop.trainer.synth.Validator;
import dev.notes2omop.trainer.synth.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * Validators run in order, each on the records the ones before accepted (so the rules run first and
 * an LLM validator only sees what they kept). An accepted record has each validator's id added to
 * its {@code meta.validated_by}.
 */
public final class ValidationChain {

  private final List<Validator> validators;

  public ValidationChain(List<Validator> validators) {
    if (validators.isEmpty()) {
      throw new IllegalArgumentException("a validation chain needs at least one validator");
    }
    this.validators = List.copyOf(validators);
  }

  public List<Validator> validators() {
    return validators;
  }

  /**
   * The records every validator accepted, in their order; verdicts are counted in {@code report}.
   */
  public List<SynthRecord> apply(List<SynthRecord> records, ValidationReport report) {
    List<SynthRecord> kept = records;
    for (Validator validator : validators) {
      if (kept.isEmpty()) {
        break;
      }
      List<Verdict> verdicts = validator.validate(kept);
      if (verdicts.size() != kept.size()) {
        throw new IllegalStateException(
            "validator "
                + validator.id()
                + " gave "
                + verdicts.size()
                + " verdicts for "
                + kept.size()
                + " records");
      }
      report.add(validator.id(), verdicts);
      List<SynthRecord> next = new ArrayList<>(kept.size());
      for (int i = 0; i < kept.size(); i++) {
        if (verdicts.get(i).accepted()) {
          SynthRecord record = kept.get(i);
          next.add(record.withMeta(record.meta().validatedBy(validator.id())));
        }
      }
      kept = next;
    }
    return kept;
  }
}
