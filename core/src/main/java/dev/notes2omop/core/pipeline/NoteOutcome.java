package dev.notes2omop.core.pipeline;

/** What happened to one note going through {@link NoteProcessor}. */
public sealed interface NoteOutcome {

  /** The note's rows were written. */
  record Processed(WriteResult.Written result, int mentions) implements NoteOutcome {}

  /** The note was already up to date. */
  record Unchanged(String sourceValue) implements NoteOutcome {}

  /** The note's person does not exist yet. */
  record Parked(String sourceValue, String subjectReference) implements NoteOutcome {}

  /**
   * The tagger failed on the note ({@link dev.notes2omop.core.nlp.TaggingException}): nothing of it
   * was written, and a later run or retry processes it again.
   */
  record Failed(String resourceId, String reason) implements NoteOutcome {}

  /** The note's rows were removed (entered-in-error). */
  record Removed(String resourceId, boolean hadRows) implements NoteOutcome {}
}
