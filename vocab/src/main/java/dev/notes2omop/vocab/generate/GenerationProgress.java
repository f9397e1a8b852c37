package dev.notes2omop.vocab.generate;

/** Told how far a generation has got. */
@FunctionalInterface
public interface GenerationProgress {

  GenerationProgress NONE = (done, total) -> {};

  /** Called every so many concepts and at the end. */
  void onProgress(long conceptsDone, long conceptsTotal);
}
