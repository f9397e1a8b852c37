package dev.notes2omop.vocab.review;

import java.time.Instant;
import java.util.Objects;

/**
 * A decision to record. The term is identified by its folded key, so "HTA" and "hta" are the same
 * decision; the term as written is kept as the latest one given.
 *
 * @param term the term as written in notes
 * @param mentionDomain the mention domain it applies to ({@code Condition}, {@code Drug}, {@code
 *     Measurement}, {@code Procedure}), or {@code null} for any
 * @param targetConceptId the standard target concept, 0 for "no concept"
 * @param status the status to set
 * @param equivalence how the concept relates to the term
 * @param targetType what the concept stands for
 * @param matchScore the suggestion's score, 0 to 1 (kept to 4 decimals)
 * @param actor who is making the change: the status setter and creator when those are not given
 * @param statusSetBy who set the status, when it comes from elsewhere (a Usagi file), else {@code
 *     null}
 * @param statusSetOn when, likewise, else {@code null}
 * @param comment a comment, or {@code null}
 * @param assignedReviewer who is to review it, or {@code null}
 * @param createdBy who created it, when it comes from elsewhere, else {@code null} (the actor)
 * @param createdOn when, likewise, else {@code null} (now)
 */
public record DecisionRequest(
    String term,
    String mentionDomain,
    int targetConceptId,
    ReviewStatus status,
    Equivalence equivalence,
    TargetType targetType,
    double matchScore,
    String actor,
    String statusSetBy,
    Instant statusSetOn,
    String comment,
    String assignedReviewer,
    String createdBy,
    Instant createdOn) {

  public DecisionRequest {
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(equivalence, "equivalence");
    Objects.requireNonNull(targetType, "targetType");
    Objects.requireNonNull(actor, "actor");
  }

  /** A steward's decision made now, with the usual defaults. */
  public static DecisionRequest of(
      String term,
      String mentionDomain,
      int targetConceptId,
      ReviewStatus status,
      Equivalence equivalence,
      String actor,
      String comment) {
    return new DecisionRequest(
        term,
        mentionDomain,
        targetConceptId,
        status,
        equivalence,
        TargetType.MAPS_TO,
        0.0,
        actor,
        null,
        null,
        comment,
        null,
        null,
        null);
  }
}
