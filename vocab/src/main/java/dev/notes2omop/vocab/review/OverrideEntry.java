package dev.notes2omop.vocab.review;

import dev.notes2omop.core.mapping.ConceptMatch;
import java.time.Instant;

/**
 * One approved override in memory.
 *
 * @param term the term as written
 * @param mentionDomain the mention domain it is limited to, or {@code null} for any
 * @param match the match it yields ({@link ConceptMatch#NONE} for "no concept")
 * @param decidedAt when it was decided, newer first among equals
 * @param fromReview whether it comes from the review table (else a site's STCM row)
 */
record OverrideEntry(
    String term, String mentionDomain, ConceptMatch match, Instant decidedAt, boolean fromReview) {

  /** Whether the target suits a mention of {@code domain}: in that domain, or "no concept". */
  boolean suits(String domain) {
    return !match.isMapped() || (domain != null && domain.equals(match.domainId()));
  }
}
