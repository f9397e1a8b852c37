package dev.notes2omop.core.pipeline;

import dev.notes2omop.core.note.ClinicalNote;

/** Writes annotated notes as OMOP rows. Implementations are thread-safe. */
public interface OmopSink {

  /**
   * Whether this exact note version was already written by {@code nlpSystem}, so that tagging it
   * again can be skipped.
   */
  boolean isUpToDate(ClinicalNote note, String nlpSystem);

  /**
   * Writes the note and its mentions in one transaction, replacing the rows of any earlier version
   * of the same note.
   */
  WriteResult write(AnnotatedNote note);

  /**
   * Removes every row of the note {@code resourceId} (e.g. {@code DocumentReference/5}), for a
   * deleted or entered-in-error note.
   *
   * @return whether there was anything to remove
   */
  boolean remove(String resourceId);
}
