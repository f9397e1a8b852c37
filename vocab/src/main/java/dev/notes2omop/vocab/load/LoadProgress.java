package dev.notes2omop.vocab.load;

import java.nio.file.Path;

/**
 * Told how far a vocabulary load has got, e.g. to print progress in the CLI. Calls come from the
 * loading thread; an implementation must return quickly.
 */
@FunctionalInterface
public interface LoadProgress {

  /** Reports nothing. */
  LoadProgress NONE = (table, rows) -> {};

  /**
   * Called every so many rows while a file is copied, and at the end of each file.
   *
   * @param table the CDM table being loaded, e.g. {@code concept}
   * @param rowsSoFar the rows of that table read and accepted so far
   */
  void onProgress(String table, long rowsSoFar);

  /**
   * Called when a file starts being copied into its staging table.
   *
   * @param table the CDM table it loads into, e.g. {@code concept}
   * @param file the file
   */
  default void onFileStarted(String table, Path file) {}

  /**
   * Called when the load enters a phase after copying, e.g. {@code "de-duplicating
   * CONCEPT_RELATIONSHIP"}, {@code "indexing CONCEPT (idx_concept_code)"} or {@code "swapping"}. A
   * phase lasts until the next one starts or the load ends.
   */
  default void onPhase(String phase) {}
}
