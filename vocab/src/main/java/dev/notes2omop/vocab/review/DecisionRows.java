package dev.notes2omop.vocab.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The SQL of the review table ({@code mapping_decision}); all values are bound. */
final class DecisionRows {

  static final String COLUMNS =
      "decision_id, source_vocabulary_id, source_code, folded_key, source_term, mention_domain,"
          + " target_concept_id, status, equivalence, mapping_type, match_score, status_set_by,"
          + " status_set_on, comment, assigned_reviewer, created_by, created_on, updated_at";

  /** The order decisions are listed and exported in: by code, domain (any first), target. */
  static final String ORDER =
      " ORDER BY source_code, coalesce(mention_domain, ''), target_concept_id";

  private final String table;

  DecisionRows(String ownSchema) {
    this.table = ownSchema + ".mapping_decision";
  }

  /** The decision with this identity, locked for update. */
  Optional<Decision> lock(
      Connection c, String vocabulary, String sourceCode, String domain, int target)
      throws SQLException {
    String sql =
        "SELECT "
            + COLUMNS
            + " FROM "
            + table
            + " WHERE source_vocabulary_id = ? AND source_code = ?"
            + " AND coalesce(mention_domain, '') = ? AND target_concept_id = ? FOR UPDATE";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, vocabulary);
      s.setString(2, sourceCode);
      s.setString(3, domain == null ? "" : domain);
      s.setInt(4, target);
      List<Decision> found = read(s);
      return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }
  }

  /** Inserts {@code d} (its id and updated_at are ignored); false when the identity exists. */
  boolean insert(Connection c, Decision d) throws SQLException {
    String sql =
        "INSERT INTO "
            + table
            + " (source_vocabulary_id, source_code, folded_key, source_term, mention_domain,"
            + " target_concept_id, status, equivalence, mapping_type, match_score, status_set_by,"
            + " status_set_on, comment, assigned_reviewer, created_by, created_on, updated_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, clock_timestamp())"
            + " ON CONFLICT DO NOTHING";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, d.sourceVocabularyId());
      s.setString(2, d.sourceCode());
      s.setString(3, d.foldedKey());
      s.setString(4, d.term());
      s.setString(5, d.mentionDomain());
      s.setInt(6, d.targetConceptId());
      s.setString(7, d.status().name());
      s.setString(8, d.equivalence().name());
      s.setString(9, d.targetType().name());
      s.setDouble(10, d.matchScore());
      s.setString(11, d.statusSetBy());
      setInstant(s, 12, d.statusSetOn());
      s.setString(13, d.comment());
      s.setString(14, d.assignedReviewer());
      s.setString(15, d.createdBy());
      setInstant(s, 16, d.createdOn());
      return s.executeUpdate() == 1;
    }
  }

  /** Updates the decision fields of row {@code d.decisionId()} (not its creation). */
  void update(Connection c, Decision d) throws SQLException {
    String sql =
        "UPDATE "
            + table
            + " SET source_term = ?, folded_key = ?, status = ?, equivalence = ?, mapping_type = ?,"
            + " match_score = ?, status_set_by = ?, status_set_on = ?, comment = ?,"
            + " assigned_reviewer = ?, updated_at = clock_timestamp() WHERE decision_id = ?";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, d.term());
      s.setString(2, d.foldedKey());
      s.setString(3, d.status().name());
      s.setString(4, d.equivalence().name());
      s.setString(5, d.targetType().name());
      s.setDouble(6, d.matchScore());
      s.setString(7, d.statusSetBy());
      setInstant(s, 8, d.statusSetOn());
      s.setString(9, d.comment());
      s.setString(10, d.assignedReviewer());
      s.setLong(11, d.decisionId());
      s.executeUpdate();
    }
  }

  /** The decisions of {@code vocabulary}, all or those with {@code status}, in export order. */
  List<Decision> list(Connection c, String vocabulary, ReviewStatus status) throws SQLException {
    String sql =
        "SELECT "
            + COLUMNS
            + " FROM "
            + table
            + " WHERE source_vocabulary_id = ?"
            + (status == null ? "" : " AND status = ?")
            + ORDER;
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, vocabulary);
      if (status != null) {
        s.setString(2, status.name());
      }
      return read(s);
    }
  }

  /** The decisions about one source code, any domain and target. */
  List<Decision> byCode(Connection c, String vocabulary, String sourceCode) throws SQLException {
    String sql =
        "SELECT "
            + COLUMNS
            + " FROM "
            + table
            + " WHERE source_vocabulary_id = ? AND source_code = ?"
            + ORDER;
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, vocabulary);
      s.setString(2, sourceCode);
      return read(s);
    }
  }

  static List<Decision> read(PreparedStatement s) throws SQLException {
    List<Decision> decisions = new ArrayList<>();
    try (ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        decisions.add(
            new Decision(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getInt(7),
                ReviewStatus.valueOf(rs.getString(8)),
                Equivalence.valueOf(rs.getString(9)),
                TargetType.valueOf(rs.getString(10)),
                rs.getDouble(11),
                rs.getString(12),
                instant(rs, 13),
                rs.getString(14),
                rs.getString(15),
                rs.getString(16),
                instant(rs, 17),
                instant(rs, 18)));
      }
    }
    return decisions;
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  private static void setInstant(PreparedStatement s, int index, Instant value)
      throws SQLException {
    if (value == null) {
      s.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      s.setTimestamp(index, Timestamp.from(value));
    }
  }
}
