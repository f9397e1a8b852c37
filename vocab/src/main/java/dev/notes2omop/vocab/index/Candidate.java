package dev.notes2omop.vocab.index;

import dev.notes2omop.core.mapping.ConceptMatch;
import dev.notes2omop.core.mapping.MatchType;
import java.util.Objects;

/**
 * A standard concept a text may name, with how well.
 *
 * @param conceptId the standard concept
 * @param conceptName its name
 * @param domainId its domain
 * @param vocabularyId its vocabulary
 * @param conceptCode its code
 * @param conceptClassId its class, e.g. {@code Ingredient}
 * @param sourceConceptId the non-standard concept whose text matched, mapped through {@code Maps
 *     to}, or 0
 * @param matchedText the indexed text that matched (a name, synonym, lexicon or extra term)
 * @param score from 0 to 1; see {@link TermSimilarity} and {@code docs/concept-index.md}
 * @param matchType EXACT (a concept name), SYNONYM, LEXICON, OVERRIDE (an extra term), or FUZZY
 *     when the text is not equal to the matched text after folding
 */
public record Candidate(
    int conceptId,
    String conceptName,
    String domainId,
    String vocabularyId,
    String conceptCode,
    String conceptClassId,
    int sourceConceptId,
    String matchedText,
    double score,
    MatchType matchType) {

  public Candidate {
    Objects.requireNonNull(matchType, "matchType");
  }

  static Candidate of(IndexedText hit, double score, MatchType type) {
    StandardConcept c = hit.concept();
    return new Candidate(
        c.conceptId(),
        c.conceptName(),
        c.domainId(),
        c.vocabularyId(),
        c.conceptCode(),
        c.conceptClassId(),
        hit.sourceConceptId(),
        hit.text(),
        score,
        type);
  }

  /** This candidate as the match of a mention. */
  public ConceptMatch toMatch() {
    return new ConceptMatch(
        conceptId,
        conceptName,
        domainId,
        vocabularyId,
        conceptCode,
        sourceConceptId,
        score,
        matchType);
  }

  Candidate withScore(double newScore) {
    return new Candidate(
        conceptId,
        conceptName,
        domainId,
        vocabularyId,
        conceptCode,
        conceptClassId,
        sourceConceptId,
        matchedText,
        newScore,
        matchType);
  }
}
