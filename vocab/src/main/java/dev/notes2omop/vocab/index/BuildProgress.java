package dev.notes2omop.vocab.index;

/** Told how far a concept index build has got, e.g. to print progress in the CLI. */
@FunctionalInterface
public interface BuildProgress {

  /** Reports nothing. */
  BuildProgress NONE = (phase, rows) -> {};

  /**
   * Called every {@value ConceptIndexBuilder#PROGRESS_EVERY} rows and at the end of each phase.
   *
   * @param phase what is being read: {@code names}, {@code synonyms}, {@code lexicon}, {@code extra
   *     terms}
   * @param rowsSoFar the database rows read so far, over all phases
   */
  void onProgress(String phase, long rowsSoFar);
}
