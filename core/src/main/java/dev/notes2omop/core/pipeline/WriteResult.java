package dev.notes2omop.core.pipeline;

import java.util.Map;

/** What a sink did with a note. */
public sealed interface WriteResult {

  /**
   * The note's rows were written (replacing those of an earlier version or run).
   *
   * @param noteId the {@code NOTE.note_id}
   * @param rowsByTable the rows written per CDM table, e.g. {@code note_nlp=12}
   * @param replaced whether earlier rows of the same note were replaced
   */
  record Written(long noteId, Map<String, Integer> rowsByTable, boolean replaced)
      implements WriteResult {
    public Written {
      rowsByTable = Map.copyOf(rowsByTable);
    }
  }

  /** The same version was already written by the same system: nothing changed. */
  record Unchanged(long noteId) implements WriteResult {}

  /**
   * The note's person does not exist yet: the note is kept and retried later, never written with an
   * invented person.
   *
   * @param subjectReference the person reference that did not resolve
   */
  record Parked(String subjectReference) implements WriteResult {}
}
