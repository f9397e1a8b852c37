package dev.notes2omop.plugin.runtime;

import dev.notes2omop.core.note.ClinicalNote;
import dev.notes2omop.omop.write.ParkedNotes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Hands out the parked notes whose person now exists, in batches, each note at most once per retry
 * (a note that stays parked is not tried again in the same retry). Used by the bulk ETL at the end
 * of a run and by the service's workers when a Patient arrives.
 */
public final class ParkedRetry {

  private ParkedRetry() {}

  /**
   * Gives {@code process} batches of at most {@code batchSize} resolvable parked notes until none
   * is left that was not tried; {@code process} returns when its batch is done.
   */
  public static void run(ParkedNotes parked, int batchSize, Consumer<List<ClinicalNote>> process) {
    Set<String> tried = new HashSet<>();
    while (true) {
      List<ClinicalNote> batch =
          parked.resolvable(batchSize).stream()
              .filter(note -> tried.add(note.resourceId()))
              .toList();
      if (batch.isEmpty()) {
        return;
      }
      process.accept(batch);
    }
  }
}
