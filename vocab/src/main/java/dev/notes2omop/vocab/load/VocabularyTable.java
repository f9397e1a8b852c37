package dev.notes2omop.vocab.load;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The vocabulary tables an Athena download holds, in load order (referenced tables first), with the
 * columns that identify a row: a second row with the same key is a duplicate.
 */
enum VocabularyTable {
  VOCABULARY("vocabulary", List.of("vocabulary_id")),
  DOMAIN("domain", List.of("domain_id")),
  CONCEPT_CLASS("concept_class", List.of("concept_class_id")),
  RELATIONSHIP("relationship", List.of("relationship_id")),
  CONCEPT("concept", List.of("concept_id")),
  CONCEPT_RELATIONSHIP(
      "concept_relationship", List.of("concept_id_1", "concept_id_2", "relationship_id")),
  CONCEPT_SYNONYM(
      "concept_synonym", List.of("concept_id", "concept_synonym_name", "language_concept_id")),
  CONCEPT_ANCESTOR("concept_ancestor", List.of("ancestor_concept_id", "descendant_concept_id")),
  DRUG_STRENGTH("drug_strength", List.of("drug_concept_id", "ingredient_concept_id"));

  private final String tableName;
  private final List<String> keyColumns;

  VocabularyTable(String tableName, List<String> keyColumns) {
    this.tableName = tableName;
    this.keyColumns = keyColumns;
  }

  String tableName() {
    return tableName;
  }

  List<String> keyColumns() {
    return keyColumns;
  }

  /** The table a file such as {@code CONCEPT.csv} or {@code concept.csv} loads into. */
  static Optional<VocabularyTable> forFileName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (!lower.endsWith(".csv")) {
      return Optional.empty();
    }
    String stem = lower.substring(0, lower.length() - 4);
    for (VocabularyTable table : values()) {
      if (table.tableName.equals(stem)) {
        return Optional.of(table);
      }
    }
    return Optional.empty();
  }
}
