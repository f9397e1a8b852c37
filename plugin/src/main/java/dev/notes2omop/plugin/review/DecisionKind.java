package dev.notes2omop.plugin.review;

/** What a steward decides about a term. */
public enum DecisionKind {
  /** The current concept is right. */
  APPROVE,
  /** Another concept is right. */
  REMAP,
  /** No concept fits (concept 0); the mentions stay. */
  NO_CONCEPT,
  /** The mentions are not entities: concept 0, and training records without them. */
  NOT_ENTITY
}
