package dev.notes2omop.plugin.review;

import dev.notes2omop.omop.review.Rederived;

/** How a decision ended. */
public sealed interface DecisionOutcome {

  /** Recorded, and the written rows follow it. */
  record Applied(String state, int conceptId, Rederived rows) implements DecisionOutcome {}

  /** The same decision was already in force: nothing changed. */
  record Unchanged() implements DecisionOutcome {}

  /** Refused with a reason for the steward; nothing changed. */
  record Refused(String reason) implements DecisionOutcome {}
}
