package dev.notes2omop.vocab.review;

import java.time.Instant;
import java.util.Objects;

/**
 * A row of the review table: a steward's decision about one term (and optional mention domain) and
 * one target concept.
 *
 * @param decisionId the row's id
 * @param sourceVocabularyId the {@code source_vocabulary_id} it is published under
 * @param sourceCode the {@code source_code}: the folded key, or its truncation ({@link
 *     SourceCodes})
 * @param foldedKey the whole folded key of the term
 * @param term the term as written
 * @param mentionDomain the mention's domain ({@code Condition}, ...), or {@code null} for any
 * @param targetConceptId the target concept, 0 for "no concept"
 * @param status the review status
 * @param equivalence how the concept relates to the term
 * @param targetType what the concept stands for (Usagi's {@code mappingType})
 * @param matchScore the score of the suggestion, 0 to 1
 * @param statusSetBy who set the status, or {@code null}
 * @param statusSetOn when, or {@code null}
 * @param comment the steward's comment, or {@code null}
 * @param assignedReviewer who is to review it, or {@code null}
 * @param createdBy who created the decision
 * @param createdOn when
 * @param updatedAt when the row last changed
 */
public record Decision(
    long decisionId,
    String sourceVocabularyId,
    String sourceCode,
    String foldedKey,
    String term,
    String mentionDomain,
    int targetConceptId,
    ReviewStatus status,
    Equivalence equivalence,
    TargetType targetType,
    double matchScore,
    String statusSetBy,
    Instant statusSetOn,
    String comment,
    String assignedReviewer,
    String createdBy,
    Instant createdOn,
    Instant updatedAt) {

  public Decision {
    Objects.requireNonNull(sourceVocabularyId, "sourceVocabularyId");
    Objects.requireNonNull(sourceCode, "sourceCode");
    Objects.requireNonNull(foldedKey, "foldedKey");
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(equivalence, "equivalence");
    Objects.requireNonNull(targetType, "targetType");
    Objects.requireNonNull(createdBy, "createdBy");
    Objects.requireNonNull(createdOn, "createdOn");
  }

  /** Whether this is the decision that no concept fits the term. */
  public boolean isNoConcept() {
    return targetConceptId == 0;
  }
}
