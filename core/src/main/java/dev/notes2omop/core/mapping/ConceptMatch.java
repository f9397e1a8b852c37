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
 * @param broaderVia when the mention itself matched nothing and its head did, the head's text (the
 *     concept is then broader than the mention: OMOP's "uphill" mapping); {@code null} when the
 *     concept is the mention's own
 */
public record ConceptMatch(
    int conceptId,
    String conceptName,
    String domainId,
    String vocabularyId,
    String conceptCode,
    int sourceConceptId,
    double score,
    MatchType matchType,
    String broaderVia) {

  /** A concept that is the mention's own (not broader). */
  public ConceptMatch(
      int conceptId,
      String conceptName,
      String domainId,
      String vocabularyId,
      String conceptCode,
      int sourceConceptId,
      double score,
      MatchType matchType) {
    this(
        conceptId,
        conceptName,
        domainId,
        vocabularyId,
        conceptCode,
        sourceConceptId,
        score,
        matchType,
        null);
  }

  /** No concept: {@code note_nlp_concept_id = 0}. */
  public static final ConceptMatch NONE =
      new ConceptMatch(0, null, null, null, null, 0, 0.0, MatchType.NONE);

  public ConceptMatch {
    Objects.requireNonNull(matchType, "matchType");
  }

  public boolean isMapped() {
    return conceptId != 0;
  }

  /** Whether the concept is broader than the mention (found through its head). */
  public boolean isBroader() {
    return broaderVia != null;
  }

  /** This concept, found through {@code head}: broader than the mention. */
  public ConceptMatch asBroaderVia(String head) {
    return new ConceptMatch(
        conceptId,
        conceptName,
        domainId,
        vocabularyId,
        conceptCode,
        sourceConceptId,
        score,
        matchType,
        Objects.requireNonNull(head, "head"));
  }

  /** This match with another concept (a more specific one of the same meaning and domain). */
  public ConceptMatch withConcept(
      int newConceptId, String newName, String newVocabularyId, String newCode) {
    return new ConceptMatch(
        newConceptId,
        newName,
        domainId,
        newVocabularyId,
        newCode,
        sourceConceptId,
        score,
        matchType,
        broaderVia);
  }
}
