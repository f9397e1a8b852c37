package dev.notes2omop.core.note;

/** The status of a note in its source (FHIR {@code DocumentReference.status}). */
public enum NoteStatus {
  CURRENT,
  SUPERSEDED,
  ENTERED_IN_ERROR
}
