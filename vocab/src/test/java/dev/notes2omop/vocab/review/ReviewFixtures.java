package dev.notes2omop.vocab.review;

import dev.notes2omop.core.nlp.Assertion;
import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.core.nlp.Mention;
import dev.notes2omop.vocab.testing.SampleVocabularies;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * The shared sample-vocabulary database, and a fresh source vocabulary id per test so that tests
 * sharing it do not see each other's decisions.
 */
final class ReviewFixtures {

  static final int ESSENTIAL_HYPERTENSION = 320128;
  static final int TYPE_2_DIABETES = 201826;
  static final int ASTHMA = 317009;
  static final int BLOOD_PRESSURE = 40758413;
  static final int SYSTOLIC_BLOOD_PRESSURE = 3004249;
  static final int ACETAMINOPHEN = 1125315;
  static final int IBUPROFEN = 1177480;

  /** Non-standard; {@code Maps to} 4132546 Traumatic brain injury. */
  static final int BRAIN_DAMAGE_TRAUMATIC = 4166590;

  private static final AtomicInteger NEXT = new AtomicInteger();

  private ReviewFixtures() {}

  static DataSource database() {
    return SampleVocabularies.loadedDatabase();
  }

  /** Settings with a source vocabulary id no other test uses. */
  static ReviewSettings freshSettings() {
    return new ReviewSettings(
        SampleVocabularies.CDM, "notes2omop", "TEST_" + NEXT.incrementAndGet());
  }

  static Mention mention(String text, EntityLabel label) {
    return new Mention(0, text.length(), text, label, Assertion.AFFIRMED, null, 0);
  }

  /** A row of SOURCE_TO_CONCEPT_MAP. */
  record StcmRow(
      String sourceCode,
      int sourceConceptId,
      String sourceVocabularyId,
      String description,
      int targetConceptId,
      String targetVocabularyId,
      String validEndDate,
      String invalidReason) {}

  static List<StcmRow> stcmRows(String sourceVocabularyId) throws SQLException {
    String sql =
        "SELECT source_code, source_concept_id, source_vocabulary_id, source_code_description,"
            + " target_concept_id, target_vocabulary_id, valid_end_date::text, invalid_reason"
            + " FROM cdm.source_to_concept_map WHERE source_vocabulary_id = ?"
            + " ORDER BY source_code, target_concept_id";
    List<StcmRow> rows = new ArrayList<>();
    try (Connection c = database().getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, sourceVocabularyId);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          rows.add(
              new StcmRow(
                  rs.getString(1),
                  rs.getInt(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getInt(5),
                  rs.getString(6),
                  rs.getString(7),
                  rs.getString(8)));
        }
      }
    }
    return rows;
  }

  /** Writes a row into SOURCE_TO_CONCEPT_MAP as a site would, bypassing the review table. */
  static void insertSiteRow(String vocabulary, String code, String description, int target)
      throws SQLException {
    String sql =
        "INSERT INTO cdm.source_to_concept_map VALUES (?, 0, ?, ?, ?, 'SNOMED', DATE '2020-01-01',"
            + " DATE '2099-12-31', NULL)";
    try (Connection c = database().getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, code);
      s.setString(2, vocabulary);
      s.setString(3, description);
      s.setInt(4, target);
      s.executeUpdate();
    }
  }
}
