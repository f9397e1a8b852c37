package dev.notes2omop.omop.write;

import static dev.notes2omop.omop.write.Fixtures.annotated;
import static dev.notes2omop.omop.write.Fixtures.condition;
import static dev.notes2omop.omop.write.Fixtures.count;
import static dev.notes2omop.omop.write.Fixtures.rows;
import static org.assertj.core.api.Assertions.assertThat;

import dev.notes2omop.core.nlp.Assertion;
import dev.notes2omop.core.nlp.MeasurementValue;
import dev.notes2omop.core.note.ClinicalNote;
import dev.notes2omop.core.note.Gender;
import dev.notes2omop.core.note.PersonRecord;
import dev.notes2omop.core.pipeline.WriteResult;
import dev.notes2omop.omop.report.TableCounts;
import dev.notes2omop.omop.schema.SchemaNames;
import dev.notes2omop.omop.testing.TestDatabase;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OmopNoteWriterTest {

  private static final String TEXT =
      "Paciente con diabetes mellitus tipo 2. Niega diabetes gestacional. Posible diabetes"
          + " insípida. Madre con diabetes tipo 1. Toma metformina 850 mg. Hemoglobina 11,2 g/dL."
          + " Refiere cefalea.";

  private DataSource db;
  private OmopNoteWriter writer;
  private long personId;

  @BeforeEach
  void freshDatabaseWithOnePerson() throws SQLException {
    db = TestDatabase.freshDatabase();
    Fixtures.loadVocabulary(db);
    writer = new OmopNoteWriter(db, SchemaNames.defaults());
    personId =
        new PersonWriter(db, SchemaNames.defaults())
            .upsert(new PersonRecord("Patient/7", Gender.FEMALE, 1960, 3, 14, "female"));
  }

  private WriteResult writeFullNote(String resourceId, String version) {
    ClinicalNote note = Fixtures.note(resourceId, version, "Patient/7", TEXT);
    return writer.write(
        annotated(
            note,
            condition(TEXT, "diabetes mellitus tipo 2", Assertion.AFFIRMED),
            condition(TEXT, "diabetes gestacional", Assertion.AFFIRMED.withNegated(true)),
            condition(
                TEXT,
                "diabetes insípida",
                Assertion.AFFIRMED.withCertainty(Assertion.Certainty.POSSIBLE)),
            condition(
                TEXT, "diabetes tipo 1", Assertion.AFFIRMED.withSubject(Assertion.Subject.FAMILY)),
            Fixtures.drug(TEXT, "metformina"),
            Fixtures.measurement(
                TEXT,
                "Hemoglobina",
                new MeasurementValue(
                    new BigDecimal("11.2"), null, "g/dL", null, null, null, "11,2 g/dL")),
            Fixtures.unmapped(TEXT, "cefalea")));
  }

  @Test
  void writesNegatedUncertainAndFamilyMentionsToNoteNlpOnly() throws SQLException {
    writeFullNote("DocumentReference/5", "1");
    assertThat(
            rows(
                db,
                "SELECT lexical_variant, term_exists, term_modifiers FROM cdm.note_nlp"
                    + " WHERE term_exists = 'N' ORDER BY note_nlp_id"))
        .containsExactly(
            List.of(
                "diabetes gestacional",
                "N",
                "negated=true,certainty=certain,subject=patient,temporal=current,hypothetical=false"),
            List.of(
                "diabetes insípida",
                "N",
                "negated=false,certainty=possible,subject=patient,temporal=current,hypothetical=false"),
            List.of(
                "diabetes tipo 1",
                "N",
                "negated=false,certainty=certain,subject=family,temporal=current,hypothetical=false"));
    assertThat(rows(db, "SELECT condition_source_value FROM cdm.condition_occurrence"))
        .containsExactly(List.of("diabetes mellitus tipo 2"));
  }

  @Test
  void writesAnAffirmedConditionWithNlpTypeConceptAndProvenance() throws SQLException {
    Fixtures.execute(
        db,
        "INSERT INTO cdm.visit_occurrence (visit_occurrence_id, person_id, visit_concept_id,"
            + " visit_start_date, visit_end_date, visit_type_concept_id, visit_source_value)"
            + " VALUES (77, "
            + personId
            + ", 0, DATE '2024-04-30', DATE '2024-04-30', 0, 'Encounter/9')");
    writeFullNote("DocumentReference/5", "1");
    assertThat(
            rows(
                db,
                "SELECT person_id, condition_concept_id, condition_type_concept_id,"
                    + " condition_start_date, condition_start_datetime, visit_occurrence_id,"
                    + " condition_source_concept_id FROM cdm.condition_occurrence"))
        .containsExactly(
            List.of(
                String.valueOf(personId),
                String.valueOf(Fixtures.DIABETES),
                "32858",
                "2024-04-30",
                "2024-04-30 09:45:00",
                "77",
                String.valueOf(Fixtures.DIABETES_SOURCE)));
    assertThat(
            rows(
                db,
                "SELECT n.lexical_variant, n.note_nlp_concept_id, n.note_nlp_source_concept_id"
                    + " FROM notes2omop.derived_row d JOIN cdm.note_nlp n"
                    + " ON n.note_nlp_id = d.note_nlp_id JOIN cdm.condition_occurrence c"
                    + " ON c.condition_occurrence_id = d.row_id"
                    + " WHERE d.cdm_table = 'condition_occurrence'"))
        .containsExactly(
            List.of(
                "diabetes mellitus tipo 2",
                String.valueOf(Fixtures.DIABETES),
                String.valueOf(Fixtures.DIABETES_SOURCE)));
    assertThat(count(db, "notes2omop.derived_row")).isEqualTo(3);
  }

  @Test
  void writesAMeasurementWithItsValueAndUnit() throws SQLException {
    writeFullNote("DocumentReference/5", "1");
    assertThat(
            rows(
                db,
                "SELECT measurement_concept_id, measurement_type_concept_id, value_as_number,"
                    + " unit_concept_id, unit_source_value, value_source_value,"
                    + " operator_concept_id, measurement_source_value FROM cdm.measurement"))
        .containsExactly(
            Arrays.asList(
                String.valueOf(Fixtures.HEMOGLOBIN),
                "32858",
                "11.2",
                String.valueOf(Fixtures.G_PER_DL),
                "g/dL",
                "11,2 g/dL",
                null,
                "Hemoglobina"));
  }

  @Test
  void writesADrugExposureEndingTheDayItStarts() throws SQLException {
    writeFullNote("DocumentReference/5", "1");
    assertThat(
            rows(
                db,
                "SELECT drug_concept_id, drug_type_concept_id, drug_exposure_start_date,"
                    + " drug_exposure_end_date, drug_source_value FROM cdm.drug_exposure"))
        .containsExactly(
            List.of(
                String.valueOf(Fixtures.METFORMIN),
                "32858",
                "2024-04-30",
                "2024-04-30",
                "metformina"));
  }

  @Test
  void writesTheNoteRowWithConceptsFromTheVocabulary() throws SQLException {
    WriteResult result = writeFullNote("DocumentReference/5", "2");
    assertThat(result).isInstanceOf(WriteResult.Written.class);
    WriteResult.Written written = (WriteResult.Written) result;
    assertThat(written.replaced()).isFalse();
    assertThat(written.rowsByTable())
        .containsEntry("note", 1)
        .containsEntry("note_nlp", 7)
        .containsEntry("condition_occurrence", 1)
        .containsEntry("drug_exposure", 1)
        .containsEntry("measurement", 1);
    assertThat(
            rows(
                db,
                "SELECT note_id, person_id, note_date, note_type_concept_id, note_class_concept_id,"
                    + " encoding_concept_id, language_concept_id, note_source_value, note_title,"
                    + " note_text = '"
                    + TEXT.replace("'", "''")
                    + "' FROM cdm.note"))
        .containsExactly(
            List.of(
                String.valueOf(written.noteId()),
                String.valueOf(personId),
                "2024-04-30",
                "32817",
                String.valueOf(Fixtures.PROGRESS_NOTE),
                "32678",
                String.valueOf(Fixtures.SPANISH),
                "DocumentReference/5/_history/2",
                "Evolución",
                "t"));
    assertThat(
            rows(
                db,
                "SELECT \"offset\", nlp_system, nlp_date, nlp_datetime, note_nlp_concept_id"
                    + " FROM cdm.note_nlp WHERE lexical_variant = 'cefalea'"))
        .containsExactly(
            List.of(
                TEXT.indexOf("cefalea") + "-" + (TEXT.indexOf("cefalea") + 7),
                Fixtures.NLP_SYSTEM,
                "2024-05-02",
                "2024-05-02 10:15:30",
                "0"));
  }

  @Test
  void fallsBackToGenericNoteClassAndUnknownLanguageWithoutVocabulary() throws SQLException {
    Fixtures.execute(db, "DELETE FROM cdm.concept");
    OmopNoteWriter bare = new OmopNoteWriter(db, SchemaNames.defaults());
    bare.write(annotated(Fixtures.note("DocumentReference/6", "1", "Patient/7", "Sin hallazgos.")));
    assertThat(rows(db, "SELECT note_class_concept_id, language_concept_id FROM cdm.note"))
        .containsExactly(List.of("706391", "0"));
  }

  @Test
  void rewritingTheSameNoteReplacesAllItsRows() throws SQLException {
    WriteResult.Written first = (WriteResult.Written) writeFullNote("DocumentReference/5", "1");
    Map<String, Long> before = TableCounts.count(db, SchemaNames.defaults());
    long provenance = count(db, "notes2omop.derived_row");
    WriteResult.Written second = (WriteResult.Written) writeFullNote("DocumentReference/5", "2");
    assertThat(second.replaced()).isTrue();
    assertThat(second.noteId()).isEqualTo(first.noteId());
    assertThat(TableCounts.count(db, SchemaNames.defaults())).isEqualTo(before);
    assertThat(count(db, "notes2omop.derived_row")).isEqualTo(provenance);
    assertThat(rows(db, "SELECT version_id FROM notes2omop.processed_note"))
        .containsExactly(List.of("2"));
    assertThat(before)
        .containsExactly(
            Map.entry("person", 1L),
            Map.entry("note", 1L),
            Map.entry("note_nlp", 7L),
            Map.entry("condition_occurrence", 1L),
            Map.entry("drug_exposure", 1L),
            Map.entry("measurement", 1L));
  }

  @Test
  void removeDeletesEveryRowOfTheNote() throws SQLException {
    writeFullNote("DocumentReference/5", "1");
    writeFullNote("DocumentReference/8", "1");
    assertThat(writer.remove("DocumentReference/5")).isTrue();
    assertThat(TableCounts.count(db, SchemaNames.defaults()))
        .containsEntry("note", 1L)
        .containsEntry("note_nlp", 7L)
        .containsEntry("condition_occurrence", 1L)
        .containsEntry("drug_exposure", 1L)
        .containsEntry("measurement", 1L);
    assertThat(count(db, "notes2omop.derived_row")).isEqualTo(3);
    assertThat(rows(db, "SELECT resource_id FROM notes2omop.processed_note"))
        .containsExactly(List.of("DocumentReference/8"));
    assertThat(writer.remove("DocumentReference/5")).isFalse();
  }

  @Test
  void isUpToDateOnlyForTheSameVersionSystemAndText() {
    ClinicalNote note = Fixtures.note("DocumentReference/5", "1", "Patient/7", TEXT);
    assertThat(writer.isUpToDate(note, Fixtures.NLP_SYSTEM)).isFalse();
    writeFullNote("DocumentReference/5", "1");
    assertThat(writer.isUpToDate(note, Fixtures.NLP_SYSTEM)).isTrue();
    assertThat(writer.isUpToDate(note, "notes2omop 0.1.0 model other")).isFalse();
    assertThat(
            writer.isUpToDate(
                Fixtures.note("DocumentReference/5", "2", "Patient/7", TEXT), Fixtures.NLP_SYSTEM))
        .isFalse();
    assertThat(
            writer.isUpToDate(
                Fixtures.note("DocumentReference/5", "1", "Patient/7", TEXT + " Fin."),
                Fixtures.NLP_SYSTEM))
        .isFalse();
  }

  @Test
  void truncatesLongValuesToTheirColumnsAndKeepsTheFullSourceValue() throws SQLException {
    String id = "DocumentReference/" + "a".repeat(60);
    String text = "x".repeat(400) + " diabetes mellitus tipo 2 " + "y".repeat(400);
    writer.write(
        annotated(
            Fixtures.note(id, "3", "Patient/7", text),
            condition(text, "diabetes mellitus tipo 2", Assertion.AFFIRMED)));
    assertThat(rows(db, "SELECT note_source_value FROM cdm.note"))
        .containsExactly(List.of((id + "/_history/3").substring(0, 50)));
    assertThat(rows(db, "SELECT source_value FROM notes2omop.processed_note"))
        .containsExactly(List.of(id + "/_history/3"));
    String snippet = rows(db, "SELECT snippet FROM cdm.note_nlp").get(0).get(0);
    assertThat(snippet)
        .hasSize(250)
        .contains(" diabetes mellitus tipo 2 ")
        .startsWith("x")
        .endsWith("y");
  }
}
