package dev.notes2omop.core.pipeline;

import dev.notes2omop.core.note.ClinicalNote;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
   * Says, for each note, whether it is already up to date or parked for a missing person (parking
   * it) before any tagging is spent on it, or ready to be tagged: {@link #isUpToDate} then {@link
   * #parkIfPersonMissing} note by note unless a sink answers a whole batch at once.
   *
   * @param notes notes, none entered-in-error
   * @param nlpSystem the {@code nlp_system} that would write them
   * @param at when they are parked
   * @return one state per note, in order
   */
  default List<NoteState> screen(List<ClinicalNote> notes, String nlpSystem, Instant at) {
    List<NoteState> states = new ArrayList<>(notes.size());
    for (ClinicalNote note : notes) {
      if (isUpToDate(note, nlpSystem)) {
        states.add(NoteState.UP_TO_DATE);
      } else if (parkIfPersonMissing(note, at)) {
        states.add(NoteState.PARKED);
      } else {
        states.add(NoteState.READY);
      }
    }
    return states;
  }

  /**
   * Writes the note and its mentions in one transaction, replacing the rows of any earlier version
   * of the same note.
   */
  WriteResult write(AnnotatedNote note);

  /**
   * Writes several notes, each as {@link #write} would: a sink may write them in one transaction,
   * all or none, as long as each note's rows replace those of its earlier version. The default
   * writes them one by one.
   *
   * @return one result per note, in order
   */
  default List<WriteResult> writeAll(List<AnnotatedNote> notes) {
    List<WriteResult> results = new ArrayList<>(notes.size());
    for (AnnotatedNote note : notes) {
      results.add(write(note));
    }
    return results;
  }

  /**
   * Removes every row of the note {@code resourceId} (e.g. {@code DocumentReference/5}), for a
   * deleted or entered-in-error note.
   *
   * @return whether there was anything to remove
   */
  boolean remove(String resourceId);
}
