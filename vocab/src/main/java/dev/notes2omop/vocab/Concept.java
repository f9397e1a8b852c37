package dev.notes2omop.vocab;

import java.util.Objects;

/**
 * A row of the CDM {@code CONCEPT} table, as far as mapping needs it.
 *
 * @param conceptId the concept id
 * @param conceptName its name
 * @param domainId its domain, e.g. {@code Condition}
 * @param vocabularyId its vocabulary, e.g. {@code SNOMED}
 * @param conceptClassId its class, e.g. {@code Clinical Finding}
 * @param standardConcept {@code S}, {@code C} or {@code null}
 * @param conceptCode its code in the vocabulary
 */
public record Concept(
    int conceptId,
    String conceptName,
    String domainId,
    String vocabularyId,
    String conceptClassId,
    String standardConcept,
    String conceptCode) {

  public Concept {
    Objects.requireNonNull(conceptName, "conceptName");
    Objects.requireNonNull(domainId, "domainId");
    Objects.requireNonNull(vocabularyId, "vocabularyId");
    Objects.requireNonNull(conceptCode, "conceptCode");
  }

  /** Whether this is a standard concept, fit for the clinical tables. */
  public boolean isStandard() {
    return "S".equals(standardConcept);
  }
}
