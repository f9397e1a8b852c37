package dev.notes2omop.omop.queue;

/** Where a work item is. */
public enum WorkState {
  /** Waiting for a worker (possibly until {@code next_attempt_at}, after a transient failure). */
  PENDING,
  /** Claimed by a worker until its lease ends; claimed again when the lease ends unfinished. */
  PROCESSING,
  /** Processed. */
  DONE,
  /** Given up: {@code last_error} says why. */
  DEAD,
  /** The note waits in {@code parked_note} for its person; done when the person arrives. */
  PARKED
}
