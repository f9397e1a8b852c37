package dev.notes2omop.vocab;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** The queries {@link ConceptDictionary} reads the vocabulary with; all values are bound. */
final class ConceptQueries {

  /** The domains the dictionary indexes: the four entity domains and units. */
  static final List<String> DOMAINS =
      List.of("Condition", "Drug", "Measurement", "Procedure", "Unit");

  /**
   * The vocabularies whose concepts are indexed by name. Others (ICD10, RxNorm Extension, ...) are
   * reached through lexicon codes only: indexing them would hold millions of rows in memory.
   */
  static final List<String> INDEXED_VOCABULARIES =
      List.of("SNOMED", "RxNorm", "LOINC", "UCUM", "CVX");

  /** Drug concept classes indexed by name: ingredients and clinical drugs. */
  static final List<String> DRUG_CLASSES =
      List.of("Ingredient", "Clinical Drug", "Multiple Ingredients", "CVX");

  private static final String COLUMNS =
      "c.concept_id, c.concept_name, c.domain_id, c.vocabulary_id, c.concept_class_id,"
          + " c.standard_concept, c.concept_code";

  private final Connection connection;
  private final String schema;

  ConceptQueries(Connection connection, String schema) {
    this.connection = connection;
    this.schema = schema;
  }

  /** Standard concepts of the indexed domains, and non-standard ones that map to another. */
  void indexedConcepts(Consumer<Concept> sink) throws SQLException {
    String sql =
        "SELECT "
            + COLUMNS
            + " FROM "
            + schema
            + ".concept c WHERE c.domain_id = ANY (?) AND c.vocabulary_id = ANY (?)"
            + " AND (c.domain_id <> 'Drug' OR c.concept_class_id = ANY (?))"
            + " AND (c.standard_concept = 'S' OR EXISTS (SELECT 1 FROM "
            + schema
            + ".concept_relationship r WHERE r.concept_id_1 = c.concept_id"
            + " AND r.relationship_id = 'Maps to' AND r.invalid_reason IS NULL"
            + " AND r.concept_id_2 <> c.concept_id))";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setArray(1, textArray(DOMAINS));
      statement.setArray(2, textArray(INDEXED_VOCABULARIES));
      statement.setArray(3, textArray(DRUG_CLASSES));
      statement.setFetchSize(10_000);
      forEachConcept(statement, sink);
    }
  }

  /** The concepts with the given codes, whatever their domain or standard status. */
  void conceptsByCode(List<String> vocabularies, List<String> codes, Consumer<Concept> sink)
      throws SQLException {
    String sql =
        "SELECT "
            + COLUMNS
            + " FROM "
            + schema
            + ".concept c JOIN unnest(?::text[], ?::text[]) AS l(vocabulary_id, concept_code)"
            + " ON c.vocabulary_id = l.vocabulary_id AND c.concept_code = l.concept_code";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setArray(1, textArray(vocabularies));
      statement.setArray(2, textArray(codes));
      forEachConcept(statement, sink);
    }
  }

  /** The concepts with the given ids. */
  void conceptsById(Collection<Integer> ids, Consumer<Concept> sink) throws SQLException {
    String sql =
        "SELECT " + COLUMNS + " FROM " + schema + ".concept c WHERE c.concept_id = ANY (?)";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setArray(1, intArray(ids));
      forEachConcept(statement, sink);
    }
  }

  /** The valid {@code Maps to} targets of the given concepts, standard targets only. */
  Map<Integer, List<Integer>> mapsTo(Collection<Integer> sourceIds) throws SQLException {
    String sql =
        "SELECT r.concept_id_1, r.concept_id_2 FROM "
            + schema
            + ".concept_relationship r JOIN "
            + schema
            + ".concept t ON t.concept_id = r.concept_id_2 AND t.standard_concept = 'S'"
            + " WHERE r.relationship_id = 'Maps to' AND r.invalid_reason IS NULL"
            + " AND r.concept_id_1 <> r.concept_id_2 AND r.concept_id_1 = ANY (?)"
            + " ORDER BY r.concept_id_1, r.concept_id_2";
    Map<Integer, List<Integer>> targets = new HashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setArray(1, intArray(sourceIds));
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          targets.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(rs.getInt(2));
        }
      }
    }
    return targets;
  }

  /** The synonyms of the given concepts. */
  void synonyms(Collection<Integer> conceptIds, BiConsumer<Integer, String> sink)
      throws SQLException {
    String sql =
        "SELECT s.concept_id, s.concept_synonym_name FROM "
            + schema
            + ".concept_synonym s WHERE s.concept_id = ANY (?)";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setArray(1, intArray(conceptIds));
      statement.setFetchSize(10_000);
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          sink.accept(rs.getInt(1), rs.getString(2));
        }
      }
    }
  }

  /** The concepts of the {@code Meas Value Operator} vocabulary ({@code <}, {@code >=}, ...). */
  void operators(Consumer<Concept> sink) throws SQLException {
    String sql =
        "SELECT "
            + COLUMNS
            + " FROM "
            + schema
            + ".concept c WHERE c.vocabulary_id = 'Meas Value Operator'"
            + " AND c.invalid_reason IS NULL";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      forEachConcept(statement, sink);
    }
  }

  private static void forEachConcept(PreparedStatement statement, Consumer<Concept> sink)
      throws SQLException {
    try (ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        sink.accept(
            new Concept(
                rs.getInt(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7)));
      }
    }
  }

  private Array textArray(Collection<String> values) throws SQLException {
    return connection.createArrayOf("text", values.toArray());
  }

  private Array intArray(Collection<Integer> values) throws SQLException {
    return connection.createArrayOf("int4", values.toArray());
  }
}
