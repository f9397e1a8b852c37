package dev.notes2omop.vocab.review;

import dev.notes2omop.vocab.SqlIdentifiers;

/**
 * Where the decisions live and under which name they are published.
 *
 * @param cdmSchema the schema of the CDM tables ({@code CONCEPT}, {@code SOURCE_TO_CONCEPT_MAP})
 * @param ownSchema the schema of notes2omop's own tables ({@code mapping_decision})
 * @param sourceVocabularyId the {@code SOURCE_TO_CONCEPT_MAP.source_vocabulary_id} of our rows, at
 *     most 20 characters
 */
public record ReviewSettings(String cdmSchema, String ownSchema, String sourceVocabularyId) {

  /** The default {@code source_vocabulary_id}. */
  public static final String DEFAULT_SOURCE_VOCABULARY = "NOTES2OMOP";

  public ReviewSettings {
    cdmSchema = SqlIdentifiers.schema(cdmSchema);
    ownSchema = SqlIdentifiers.schema(ownSchema);
    if (sourceVocabularyId == null || sourceVocabularyId.isBlank()) {
      throw new IllegalArgumentException(
          "the source vocabulary id is not set: give e.g. '" + DEFAULT_SOURCE_VOCABULARY + "'");
    }
    sourceVocabularyId = sourceVocabularyId.strip();
    if (sourceVocabularyId.length() > 20) {
      throw new IllegalArgumentException(
          "source vocabulary id '"
              + sourceVocabularyId
              + "' has "
              + sourceVocabularyId.length()
              + " characters: SOURCE_TO_CONCEPT_MAP.source_vocabulary_id holds at most 20");
    }
  }

  /** The default schemas ({@code cdm}, {@code notes2omop}) and source vocabulary. */
  public static ReviewSettings defaults() {
    return new ReviewSettings("cdm", "notes2omop", DEFAULT_SOURCE_VOCABULARY);
  }

  /** These settings with another source vocabulary id. */
  public ReviewSettings withSourceVocabularyId(String id) {
    return new ReviewSettings(cdmSchema, ownSchema, id);
  }
}
