package dev.notes2omop.vocab.index;

import java.util.Objects;

/**
 * The standard concept an index document points to.
 *
 * @param conceptId its id
 * @param conceptName its name
 * @param domainId its domain
 * @param vocabularyId its vocabulary
 * @param conceptClassId its class, e.g. {@code Ingredient}
 * @param conceptCode its code
 */
record StandardConcept(
    int conceptId,
    String conceptName,
    String domainId,
    String vocabularyId,
    String conceptClassId,
    String conceptCode) {

  StandardConcept {
    Objects.requireNonNull(conceptName, "conceptName");
    Objects.requireNonNull(domainId, "domainId");
    Objects.requireNonNull(vocabularyId, "vocabularyId");
    Objects.requireNonNull(conceptClassId, "conceptClassId");
    Objects.requireNonNull(conceptCode, "conceptCode");
  }
}
