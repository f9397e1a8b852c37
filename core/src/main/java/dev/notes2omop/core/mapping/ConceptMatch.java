package dev.notes2omop.core.mapping;

import java.util.Objects;

/**
 * The concept a mention maps to.
 *
 * @param conceptId the standard concept, or 0 when unmapped
 * @param conceptName its name, or {@code null} when unmapped
 * @param domainId its OMOP domain ({@code Condition}, {@code Drug}, ...), or {@code null}
 * @param vocabularyId its vocabulary, or {@code null}
 * @param conceptCode its code in that vocabulary, or {@code null}
 * @param sourceConceptId the non-standard concept matched first and mapped through {@code Maps to},
 *     or 0
 * @param score how sure the mapper is, from 0 to 1
 * @param matchType how it was matched
 */
public record ConceptMatch(
    int conceptId,
    String conceptName,
    String domainId,
    String vocabularyId,
    String conceptCode,
    int sourceConceptId,
    double score,
    MatchType matchType) {

  /** No concept: {@code note_nlp_concept_id = 0}. */
  public static final ConceptMatch NONE =
      new ConceptMatch(0, null, null, null, null, 0, 0.0, MatchType.NONE);

  public ConceptMatch {
    Objects.requireNonNull(matchType, "matchType");
  }

  public boolean isMapped() {
    return conceptId != 0;
  }
}
