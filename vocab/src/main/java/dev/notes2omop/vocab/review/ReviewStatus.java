package dev.notes2omop.vocab.review;

import java.util.Locale;

/**
 * The status of a mapping decision, Usagi's {@code mappingStatus} values so that files move both
 * ways without loss. Only {@link #APPROVED} decisions override the mapper and are published in
 * {@code SOURCE_TO_CONCEPT_MAP}.
 */
public enum ReviewStatus {
  /** A steward accepted the target (or, with concept 0, decided that no concept fits). */
  APPROVED,
  /** Not reviewed yet. */
  UNCHECKED,
  /** Suggested by an automatic mapper, not reviewed. */
  AUTO_MAPPED,
  /** Suggested by an automatic mapper as the single candidate, not reviewed. */
  AUTO_MAPPED_TO_1,
  /** Usagi found the target missing from its vocabulary. */
  INVALID_TARGET,
  /** A steward wants someone to look at it again. */
  FLAGGED,
  /** A steward rejected the target for this term. */
  IGNORED;

  /** Whether a person set this status (and so who and when are recorded). */
  public boolean isHumanDecision() {
    return this == APPROVED || this == FLAGGED || this == IGNORED;
  }

  /** Parses a status name, without regard to case. */
  public static ReviewStatus parse(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown mapping status '"
              + name
              + "': use one of APPROVED, UNCHECKED, AUTO_MAPPED, AUTO_MAPPED_TO_1, INVALID_TARGET,"
              + " FLAGGED, IGNORED",
          e);
    }
  }
}
