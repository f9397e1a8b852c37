package dev.notes2omop.trainer.data;

import java.util.Objects;

/**
 * The concept an entity names, by its code: {@code {"vocabulary_id": "SNOMED", "concept_code":
 * "38341003"}}.
 */
public record ConceptRef(String vocabularyId, String conceptCode) {

  public ConceptRef {
    Objects.requireNonNull(vocabularyId, "vocabularyId");
    Objects.requireNonNull(conceptCode, "conceptCode");
  }
}
