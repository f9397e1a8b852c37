package dev.notes2omop.core.pipeline;

import dev.notes2omop.core.note.ClinicalNote;
import java.time.Instant;

/** Writes annotated notes as OMOP rows. Implementations are thread-safe. */
public interface OmopSink {

  /**
   * Whether this exact note version was already written by {@code nlpSystem}, so that tagging it
   * again can be skipped.
   */
  boolean isUpToDate(ClinicalNote note, String nlpSystem);

  /**
   * Parks the note when its person does not exist yet, before any tagging is spent on it; it is
   * written later, once the person exists. Sinks without persons never park.
   *
   * @param note the note
   * @param at when it is parked
   * @return whether the note was parked
   */
  default boolean parkIfPersonMissing(ClinicalNote note, Instant at) {
    return false;
  }

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
