package dev.notes2omop.vocab.review;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Keeps {@code SOURCE_TO_CONCEPT_MAP} in step with the review table for one (source vocabulary,
 * source code, target): one row when a decision with that identity is approved (in any mention
 * domain), none otherwise. Runs in the caller's transaction.
 */
final class SourceToConceptMapSync {

  /** The {@code valid_end_date} of a current row, as the OHDSI vocabularies write it. */
  static final LocalDate OPEN_END = LocalDate.of(2099, 12, 31);

  /** The vocabulary of concept 0, "No matching concept". */
  static final String NO_CONCEPT_VOCABULARY = "None";

  /** The width of {@code source_code_description}. */
  static final int DESCRIPTION_LENGTH = 255;

  private final String stcm;
  private final String decisions;

  SourceToConceptMapSync(String cdmSchema, String ownSchema) {
    this.stcm = cdmSchema + ".source_to_concept_map";
    this.decisions = ownSchema + ".mapping_decision";
  }

  /**
   * Rewrites the row of ({@code vocabulary}, {@code sourceCode}, {@code target}).
   *
   * @param targetVocabularyId the target concept's vocabulary ({@code None} for concept 0)
   */
  void sync(
      Connection c, String vocabulary, String sourceCode, int target, String targetVocabularyId)
      throws SQLException {
    try (PreparedStatement delete =
        c.prepareStatement(
            "DELETE FROM "
                + stcm
                + " WHERE source_vocabulary_id = ? AND source_code = ? AND target_concept_id = ?")) {
      delete.setString(1, vocabulary);
      delete.setString(2, sourceCode);
      delete.setInt(3, target);
      delete.executeUpdate();
    }
    String approved =
        "SELECT source_term, status_set_on FROM "
            + decisions
            + " WHERE source_vocabulary_id = ? AND source_code = ? AND target_concept_id = ?"
            + " AND status = 'APPROVED' ORDER BY updated_at DESC, decision_id DESC LIMIT 1";
    String term;
    LocalDate start;
    try (PreparedStatement s = c.prepareStatement(approved)) {
      s.setString(1, vocabulary);
      s.setString(2, sourceCode);
      s.setInt(3, target);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return;
        }
        term = rs.getString(1);
        Timestamp setOn = rs.getTimestamp(2);
        start =
            setOn == null
                ? LocalDate.now(ZoneOffset.UTC)
                : setOn.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
      }
    }
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO "
                + stcm
                + " (source_code, source_concept_id, source_vocabulary_id, source_code_description,"
                + " target_concept_id, target_vocabulary_id, valid_start_date, valid_end_date,"
                + " invalid_reason) VALUES (?, 0, ?, ?, ?, ?, ?, ?, NULL)")) {
      insert.setString(1, sourceCode);
      insert.setString(2, vocabulary);
      insert.setString(3, description(term));
      insert.setInt(4, target);
      insert.setString(5, targetVocabularyId);
      insert.setDate(6, Date.valueOf(start));
      insert.setDate(7, Date.valueOf(OPEN_END));
      insert.executeUpdate();
    }
  }

  /** The term cut to {@value #DESCRIPTION_LENGTH} characters, never inside a surrogate pair. */
  static String description(String term) {
    if (term.length() <= DESCRIPTION_LENGTH) {
      return term;
    }
    int cut = DESCRIPTION_LENGTH;
    if (Character.isHighSurrogate(term.charAt(cut - 1))) {
      cut--;
    }
    return term.substring(0, cut);
  }
}
