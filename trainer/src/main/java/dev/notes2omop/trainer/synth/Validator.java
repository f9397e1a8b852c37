package dev.notes2omop.trainer.synth;

import dev.notes2omop.trainer.data.SynthRecord;
import java.util.List;

/**
 * Judges records: rules always, an LLM when configured. Works on a batch, so that duplicates across
 * records can be found.
 */
public interface Validator {

  /** A short id, added to each accepted record's {@code meta.validated_by}. */
  String id();

  /** One verdict per record, in the same order. */
  List<Verdict> validate(List<SynthRecord> records);
}
