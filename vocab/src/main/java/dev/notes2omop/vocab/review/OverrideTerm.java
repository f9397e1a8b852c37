package dev.notes2omop.vocab.review;

import java.util.Objects;

/**
 * An approved override as the concept index needs it: a term and its concept.
 *
 * @param term the term as written (the steward's, or a site's {@code source_code_description})
 * @param conceptId the standard concept it maps to (never 0)
 */
public record OverrideTerm(String term, int conceptId) {

  public OverrideTerm {
    Objects.requireNonNull(term, "term");
    if (conceptId == 0) {
      throw new IllegalArgumentException("an override term needs a concept, not 0");
    }
  }
}
