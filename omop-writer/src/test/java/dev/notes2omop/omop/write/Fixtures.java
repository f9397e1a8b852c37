package dev.notes2omop.omop.write;

import dev.notes2omop.core.mapping.ConceptMatch;
import dev.notes2omop.core.mapping.MappedMention;
import dev.notes2omop.core.mapping.MatchType;
import dev.notes2omop.core.nlp.Assertion;
import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.core.nlp.MeasurementValue;
import dev.notes2omop.core.nlp.Mention;
import dev.notes2omop.core.note.ClinicalNote;
import dev.notes2omop.core.note.NoteStatus;
import dev.notes2omop.core.pipeline.AnnotatedNote;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** A tiny vocabulary and notes for the writer tests. Concept ids are the test's own. */
final class Fixtures {

  static final int MALE = 9_000_001;
  static final int FEMALE = 9_000_002;
  static final int SPANISH = 9_000_003;
  static final int PROGRESS_NOTE = 9_000_004;
  static final int DIABETES = 9_000_010;
  static final int DIABETES_SOURCE = 9_000_011;
  static final int METFORMIN = 9_000_020;
  static final int HEMOGLOBIN = 9_000_030;
  static final int G_PER_DL = 9_000_040;
  static final int LESS_THAN = 9_000_050;

  static final String NLP_SYSTEM = "notes2omop 0.1.0 model test";
  static final Instant PROCESSED_AT = Instant.parse("2024-05-02T10:15:30Z");

  private Fixtures() {}

  static void loadVocabulary(DataSource db) throws SQLException {
    concept(db, MALE, "MALE", "Gender", "Gender", "M");
    concept(db, FEMALE, "FEMALE", "Gender", "Gender", "F");
    concept(db, SPANISH, "Spanish language", "Observation", "SNOMED", "297500000");
    concept(db, PROGRESS_NOTE, "Progress note", "Note", "LOINC", "11506-3");
    concept(db, DIABETES, "Type 2 diabetes mellitus", "Condition", "SNOMED", "44054006");
  }

  static void concept(
      DataSource db, int id, String name, String domain, String vocabulary, String code)
      throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO cdm.concept (concept_id, concept_name, domain_id, vocabulary_id,"
                    + " concept_class_id, standard_concept, concept_code, valid_start_date,"
                    + " valid_end_date) VALUES (?, ?, ?, ?, 'Test', 'S', ?, DATE '1970-01-01',"
                    + " DATE '2099-12-31')")) {
      s.setInt(1, id);
      s.setString(2, name);
      s.setString(3, domain);
      s.setString(4, vocabulary);
      s.setString(5, code);
      s.executeUpdate();
    }
  }

  static ClinicalNote note(String resourceId, String version, String subject, String text) {
    return new ClinicalNote(
        resourceId,
        version,
        subject,
        "Encounter/9",
        LocalDate.of(2024, 4, 30),
        LocalDateTime.of(2024, 4, 30, 9, 45),
        "11506-3",
        "Evolución",
        text,
        NoteStatus.CURRENT);
  }

  static AnnotatedNote annotated(ClinicalNote note, MappedMention... mentions) {
    return new AnnotatedNote(note, List.of(mentions), NLP_SYSTEM, PROCESSED_AT);
  }

  /** The mention of the first occurrence of {@code span} in {@code text}. */
  static Mention mention(String text, String span, EntityLabel label, Assertion assertion) {
    int start = text.indexOf(span);
    if (start < 0) {
      throw new IllegalArgumentException("'" + span + "' is not in the text");
    }
    return new Mention(start, start + span.length(), span, label, assertion, null, 0);
  }

  static MappedMention condition(String text, String span, Assertion assertion) {
    return new MappedMention(
        mention(text, span, EntityLabel.CONDITION, assertion),
        match(DIABETES, "Condition", DIABETES_SOURCE),
        0,
        0);
  }

  static MappedMention drug(String text, String span) {
    return new MappedMention(
        mention(text, span, EntityLabel.DRUG, Assertion.AFFIRMED),
        match(METFORMIN, "Drug", 0),
        0,
        0);
  }

  static MappedMention measurement(String text, String span, MeasurementValue value) {
    return new MappedMention(
        mention(text, span, EntityLabel.MEASUREMENT, Assertion.AFFIRMED).withValue(value),
        match(HEMOGLOBIN, "Measurement", 0),
        G_PER_DL,
        value.operator() == null ? 0 : LESS_THAN);
  }

  static MappedMention unmapped(String text, String span) {
    return new MappedMention(
        mention(text, span, EntityLabel.CONDITION, Assertion.AFFIRMED), ConceptMatch.NONE, 0, 0);
  }

  static ConceptMatch match(int conceptId, String domain, int sourceConceptId) {
    return new ConceptMatch(
        conceptId, "test", domain, "Test", "X", sourceConceptId, 1.0, MatchType.EXACT);
  }

  static void execute(DataSource db, String sql) throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  /** The rows of {@code sql}, each as a list of its columns' values as strings. */
  static List<List<String>> rows(DataSource db, String sql) throws SQLException {
    List<List<String>> rows = new ArrayList<>();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          row.add(rs.getString(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  static long count(DataSource db, String table) throws SQLException {
    return Long.parseLong(rows(db, "SELECT count(*) FROM " + table).get(0).get(0));
  }
}
