package dev.notes2omop.core.pipeline;

/** Where a note stands before it is tagged ({@link OmopSink#screen}). */
public enum NoteState {
  /** This version was already written by the same system: nothing to do. */
  UP_TO_DATE,
  /** Its person does not exist yet: it was parked. */
  PARKED,
  /** It is to be tagged and written. */
  READY
}
