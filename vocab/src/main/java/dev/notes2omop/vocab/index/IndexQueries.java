package dev.notes2omop.vocab.index;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/**
 * The streaming queries the index is built with; every value is bound, the schema is validated.
 * Each resolves a concept to its standard target in SQL (itself when standard and valid, else its
 * valid {@code Maps to} targets that are), so that Java never holds the vocabulary.
 */
final class IndexQueries {

  /** The domains the index holds: what mentions map to, and units. */
  static final List<String> DOMAINS =
      List.of("Condition", "Drug", "Measurement", "Procedure", "Observation", "Unit");

  /** Rows fetched per round trip; the connection must not be in auto-commit for it to apply. */
  static final int FETCH_SIZE = 10_000;

  private static final String TARGET_COLUMNS =
      "t.concept_id, t.concept_name, t.domain_id, t.vocabulary_id, t.concept_class_id,"
          + " t.concept_code";

  /** A row read: a text, the concept it belongs to, and that concept's standard target. */
  interface RowSink {
    void accept(String text, int sourceId, StandardConcept target) throws SQLException;
  }

  private final Connection connection;
  private final String schema;

  IndexQueries(Connection connection, String schema) {
    this.connection = connection;
    this.schema = schema;
  }

  /**
   * {@code (source concept, standard target)} pairs: standard valid concepts of {@link #DOMAINS} as
   * their own target, and every other concept with a valid {@code Maps to} such a concept. Columns:
   * source id, source name, then the target's.
   */
  private String resolved() {
    return "SELECT c.concept_id AS source_id, c.concept_name AS source_name, "
        + TARGET_COLUMNS
        + " FROM "
        + schema
        + ".concept c JOIN "
        + schema
        + ".concept t ON t.concept_id = c.concept_id"
        + " WHERE c.standard_concept = 'S' AND c.invalid_reason IS NULL AND c.domain_id = ANY (?)"
        + " UNION ALL SELECT c.concept_id, c.concept_name, "
        + TARGET_COLUMNS
        + " FROM "
        + schema
        + ".concept c JOIN "
        + schema
        + ".concept_relationship r ON r.concept_id_1 = c.concept_id"
        + " AND r.relationship_id = 'Maps to' AND r.invalid_reason IS NULL"
        + " AND r.concept_id_2 <> c.concept_id JOIN "
        + schema
        + ".concept t ON t.concept_id = r.concept_id_2 AND t.standard_concept = 'S'"
        + " AND t.invalid_reason IS NULL AND t.domain_id = ANY (?)"
        + " WHERE c.standard_concept IS DISTINCT FROM 'S'";
  }

  /** Every indexed concept's name. */
  void names(RowSink sink) throws SQLException {
    String sql =
        "SELECT x.source_name, x.source_id, x.concept_id, x.concept_name, x.domain_id,"
            + " x.vocabulary_id, x.concept_class_id, x.concept_code FROM ("
            + resolved()
            + ") x";
    stream(sql, sink);
  }

  /** Every synonym of an indexed concept that differs from its name. */
  void synonyms(RowSink sink) throws SQLException {
    String sql =
        "SELECT s.concept_synonym_name, x.source_id, x.concept_id, x.concept_name, x.domain_id,"
            + " x.vocabulary_id, x.concept_class_id, x.concept_code FROM ("
            + resolved()
            + ") x JOIN "
            + schema
            + ".concept_synonym s ON s.concept_id = x.source_id"
            + " WHERE lower(s.concept_synonym_name) <> lower(x.source_name)";
    stream(sql, sink);
  }

  /**
   * The indexed concepts with the given codes; the text column is {@code vocabulary_id '/'
   * concept_code}.
   */
  void byCode(List<String> vocabularies, List<String> codes, RowSink sink) throws SQLException {
    String sql =
        "SELECT k.vocabulary_ref, x.source_id, x.concept_id, x.concept_name, x.domain_id,"
            + " x.vocabulary_id, x.concept_class_id, x.concept_code FROM ("
            + resolved()
            + ") x JOIN (SELECT c.concept_id, c.vocabulary_id || '/' || c.concept_code AS"
            + " vocabulary_ref FROM "
            + schema
            + ".concept c JOIN unnest(?::text[], ?::text[]) AS l(vocabulary_id, concept_code)"
            + " ON c.vocabulary_id = l.vocabulary_id AND c.concept_code = l.concept_code) k"
            + " ON k.concept_id = x.source_id";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bindDomains(statement);
      statement.setArray(3, connection.createArrayOf("text", vocabularies.toArray()));
      statement.setArray(4, connection.createArrayOf("text", codes.toArray()));
      read(statement, sink);
    }
  }

  /** The indexed concepts with the given ids; the text column is the id. */
  void byId(Collection<Integer> ids, RowSink sink) throws SQLException {
    String sql =
        "SELECT x.source_id::text, x.source_id, x.concept_id, x.concept_name, x.domain_id,"
            + " x.vocabulary_id, x.concept_class_id, x.concept_code FROM ("
            + resolved()
            + ") x WHERE x.source_id = ANY (?)";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bindDomains(statement);
      Array array = connection.createArrayOf("int4", ids.toArray());
      statement.setArray(3, array);
      read(statement, sink);
    }
  }

  private void stream(String sql, RowSink sink) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bindDomains(statement);
      statement.setFetchSize(FETCH_SIZE);
      read(statement, sink);
    }
  }

  private void bindDomains(PreparedStatement statement) throws SQLException {
    Array domains = connection.createArrayOf("text", DOMAINS.toArray());
    statement.setArray(1, domains);
    statement.setArray(2, domains);
  }

  private static void read(PreparedStatement statement, RowSink sink) throws SQLException {
    try (ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        String text = rs.getString(1);
        if (text == null || text.isBlank()) {
          continue;
        }
        sink.accept(
            text,
            rs.getInt(2),
            new StandardConcept(
                rs.getInt(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8)));
      }
    }
  }
}
