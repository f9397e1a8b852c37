package dev.notes2omop.omop.queue;

/** What a work item asks for. */
public enum WorkKind {
  /** Process the DocumentReference in the payload (a new or changed note). */
  UPSERT_NOTE,
  /** Remove the rows of the note named by the resource id. */
  DELETE_NOTE,
  /** Write the person of the Patient in the payload, then retry its parked notes. */
  UPSERT_PATIENT,
  /** Read the named resource from the notifying server (id-only notification), then process it. */
  FETCH,
  /** Search the notifying server for what changed since the last ping (payload-less ping). */
  POLL
}
