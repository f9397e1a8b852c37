package dev.notes2omop.vocab.load;

/** Told how far a vocabulary load has got, e.g. to print progress in the CLI. */
@FunctionalInterface
public interface LoadProgress {

  /** Reports nothing. */
  LoadProgress NONE = (table, rows) -> {};

  /**
   * Called every so many rows and at the end of each file.
   *
   * @param table the CDM table being loaded, e.g. {@code concept}
   * @param rowsSoFar the rows of that table read and accepted so far
   */
  void onProgress(String table, long rowsSoFar);
}
