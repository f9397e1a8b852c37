package dev.notes2omop.plugin.review;

import dev.notes2omop.omop.review.TermKey;
import dev.notes2omop.vocab.review.Equivalence;

/**
 * A decision as the steward sent it.
 *
 * @param term the term
 * @param kind what is decided
 * @param conceptId the concept for {@link DecisionKind#REMAP}, else ignored
 * @param equivalence how the concept relates to the term
 * @param comment a comment, or null
 * @param expectedVersion the term's review version the steward saw, or null to skip the check (bulk
 *     decisions)
 */
public record DecisionForm(
    TermKey term,
    DecisionKind kind,
    int conceptId,
    Equivalence equivalence,
    String comment,
    Integer expectedVersion) {}
