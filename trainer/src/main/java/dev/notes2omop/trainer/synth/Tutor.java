package dev.notes2omop.trainer.synth;

import dev.notes2omop.trainer.data.SynthRecord;
import java.util.List;

/** Writes synthetic records: a grammar of Spanish clinical text, or an LLM. */
public interface Tutor {

  /** A short id, written in each record's {@code meta.generator}. */
  String id();

  /**
   * Generates the records asked for. Records must be well formed ({@link SynthRecord#of}); the
   * validators decide whether they are good.
   *
   * @throws TutorException when the tutor cannot work (unreachable, out of retries)
   */
  List<SynthRecord> generate(GenerationRequest request);
}
