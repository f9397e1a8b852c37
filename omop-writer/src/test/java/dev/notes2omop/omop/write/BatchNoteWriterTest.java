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
import dev.notes2omop.core.pipeline.AnnotatedNote;
import dev.notes2omop.core.pipeline.NoteState;
import dev.notes2omop.core.pipeline.WriteResult;
import dev.notes2omop.omop.schema.SchemaNames;
import dev.notes2omop.omop.testing.TestDatabase;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class BatchNoteWriterTest {

  private static final String TEXT =
      "Paciente con diabetes mellitus tipo 2. Niega diabetes gestacional. Toma metformina 850 mg."
          + " Hemoglobina 11,2 g/dL.\tRefiere\\cefalea.\nFin";

  /** Every written row of the CDM and of our tables, ids left out. */
  private static final Map<String, String> SNAPSHOT = new LinkedHashMap<>();

  static {
    SNAPSHOT.put(
        "note",
        "SELECT n.note_source_value, p.person_source_value, note_date, note_datetime,"
            + " note_type_concept_id, note_class_concept_id, note_title, note_text,"
            + " encoding_concept_id, language_concept_id, visit_occurrence_id FROM cdm.note n"
            + " JOIN cdm.person p USING (person_id) ORDER BY 1");
    SNAPSHOT.put(
        "note_nlp",
        "SELECT n.note_source_value, snippet, \"offset\", lexical_variant, note_nlp_concept_id,"
            + " note_nlp_source_concept_id, nlp_system, nlp_date, nlp_datetime, term_exists,"
            + " term_temporal, term_modifiers FROM cdm.note_nlp x JOIN cdm.note n USING (note_id)"
            + " ORDER BY 1, 3");
    SNAPSHOT.put(
        "condition",
        "SELECT n.note_source_value, x.\"offset\", c.person_id, condition_concept_id,"
            + " condition_start_date, condition_start_datetime, condition_type_concept_id,"
            + " condition_source_value, condition_source_concept_id"
            + " FROM cdm.condition_occurrence c JOIN notes2omop.derived_row d"
            + " ON d.row_id = c.condition_occurrence_id AND d.cdm_table = 'condition_occurrence'"
            + " JOIN cdm.note_nlp x ON x.note_nlp_id = d.note_nlp_id"
            + " JOIN cdm.note n ON n.note_id = d.note_id ORDER BY 1, 2");
    SNAPSHOT.put(
        "drug",
        "SELECT n.note_source_value, x.\"offset\", drug_concept_id, drug_exposure_start_date,"
            + " drug_exposure_end_date, drug_type_concept_id, drug_source_value"
            + " FROM cdm.drug_exposure c JOIN notes2omop.derived_row d"
            + " ON d.row_id = c.drug_exposure_id AND d.cdm_table = 'drug_exposure'"
            + " JOIN cdm.note_nlp x ON x.note_nlp_id = d.note_nlp_id"
            + " JOIN cdm.note n ON n.note_id = d.note_id ORDER BY 1, 2");
    SNAPSHOT.put(
        "measurement",
        "SELECT n.note_source_value, x.\"offset\", measurement_concept_id, value_as_number,"
            + " unit_concept_id, unit_source_value, operator_concept_id, range_low, range_high,"
            + " value_source_value FROM cdm.measurement c JOIN notes2omop.derived_row d"
            + " ON d.row_id = c.measurement_id AND d.cdm_table = 'measurement'"
            + " JOIN cdm.note_nlp x ON x.note_nlp_id = d.note_nlp_id"
            + " JOIN cdm.note n ON n.note_id = d.note_id ORDER BY 1, 2");
    SNAPSHOT.put(
        "processed",
        "SELECT resource_id, version_id, source_value, nlp_system, text_sha256, processed_at"
            + " FROM notes2omop.processed_note ORDER BY 1");
    SNAPSHOT.put(
        "parked",
        "SELECT resource_id, version_id, subject_reference, note_text, attempts"
            + " FROM notes2omop.parked_note ORDER BY 1");
  }

  @Test
  void writesABatchWithTheSameRowsAsOneNoteAtATime() throws SQLException {
    DataSource single = database();
    DataSource batched = database();
    List<AnnotatedNote> first = notes("1");
    List<AnnotatedNote> second = notes("2");

    OmopNoteWriter one = new OmopNoteWriter(single, SchemaNames.defaults());
    List<WriteResult> oneByOne = new ArrayList<>();
    for (AnnotatedNote note : first) {
      oneByOne.add(one.write(note));
    }
    for (AnnotatedNote note : second) {
      oneByOne.add(one.write(note));
    }
    OmopNoteWriter many = new OmopNoteWriter(batched, SchemaNames.defaults());
    List<WriteResult> inBatches = new ArrayList<>(many.writeAll(first));
    inBatches.addAll(many.writeAll(second));

    assertThat(snapshot(batched)).isEqualTo(snapshot(single));
    assertThat(count(batched, "cdm.note_nlp")).isEqualTo(4);
    assertThat(inBatches)
        .extracting(r -> r.getClass().getSimpleName())
        .isEqualTo(oneByOne.stream().map(r -> r.getClass().getSimpleName()).toList());
    assertThat(inBatches.get(3)).isInstanceOf(WriteResult.Parked.class);
    assertThat(((WriteResult.Written) inBatches.get(4)).replaced()).isTrue();
    assertThat(((WriteResult.Written) inBatches.get(4)).rowsByTable())
        .isEqualTo(((WriteResult.Written) oneByOne.get(4)).rowsByTable());
  }

  @Test
  void leavesANoteAlreadyWrittenInTheSameVersionAsItIs() throws SQLException {
    DataSource db = database();
    OmopNoteWriter writer = new OmopNoteWriter(db, SchemaNames.defaults());
    writer.writeAll(notes("1"));
    List<List<String>> before = rows(db, "SELECT note_id, note_source_value FROM cdm.note");

    List<WriteResult> again = writer.writeAll(notes("1"));

    assertThat(again.subList(0, 3)).allMatch(r -> r instanceof WriteResult.Unchanged);
    assertThat(rows(db, "SELECT note_id, note_source_value FROM cdm.note")).isEqualTo(before);
    assertThat(count(db, "cdm.note_nlp")).isEqualTo(4);
  }

  @Test
  void writesTwoVersionsOfOneNoteInOneCallInOrder() throws SQLException {
    DataSource db = database();
    OmopNoteWriter writer = new OmopNoteWriter(db, SchemaNames.defaults());
    List<AnnotatedNote> both = new ArrayList<>(notes("1").subList(0, 1));
    both.addAll(notes("2").subList(0, 1));

    List<WriteResult> results = writer.writeAll(both);

    assertThat(results).allMatch(r -> r instanceof WriteResult.Written);
    assertThat(rows(db, "SELECT note_source_value FROM cdm.note"))
        .containsExactly(List.of("DocumentReference/1/_history/2"));
  }

  @Test
  void screensABatchIntoUpToDateParkedAndReady() throws SQLException {
    DataSource db = database();
    OmopNoteWriter writer = new OmopNoteWriter(db, SchemaNames.defaults());
    List<AnnotatedNote> written = notes("1");
    writer.writeAll(written.subList(0, 1));
    List<ClinicalNote> notes = written.stream().map(AnnotatedNote::note).toList();

    List<NoteState> states =
        writer.screen(notes, written.get(0).nlpSystem(), Fixtures.PROCESSED_AT);

    assertThat(states)
        .containsExactly(NoteState.UP_TO_DATE, NoteState.READY, NoteState.READY, NoteState.PARKED);
    assertThat(rows(db, "SELECT resource_id FROM notes2omop.parked_note"))
        .containsExactly(List.of("DocumentReference/4"));
  }

  private static DataSource database() throws SQLException {
    DataSource db = TestDatabase.freshDatabase();
    Fixtures.loadVocabulary(db);
    PersonWriter persons = new PersonWriter(db, SchemaNames.defaults());
    long patient7 =
        persons.upsert(new PersonRecord("Patient/7", Gender.FEMALE, 1960, 3, 14, "female"));
    Fixtures.execute(
        db,
        "INSERT INTO cdm.visit_occurrence (visit_occurrence_id, person_id, visit_concept_id,"
            + " visit_start_date, visit_end_date, visit_type_concept_id, visit_source_value)"
            + " VALUES (77, "
            + patient7
            + ", 0, DATE '2024-04-30', DATE '2024-04-30', 0, 'Encounter/9')");
    persons.upsert(new PersonRecord("Patient/8", Gender.MALE, 1970, 1, 2, "male"));
    return db;
  }

  /** Four notes: a full one, one with a measurement only, one without mentions, one parked. */
  private static List<AnnotatedNote> notes(String version) {
    return List.of(
        annotated(
            Fixtures.note("DocumentReference/1", version, "Patient/7", TEXT),
            condition(TEXT, "diabetes mellitus tipo 2", Assertion.AFFIRMED),
            condition(TEXT, "diabetes gestacional", Assertion.AFFIRMED.withNegated(true)),
            Fixtures.drug(TEXT, "metformina")),
        annotated(
            Fixtures.note("DocumentReference/2", version, "Patient/8", TEXT),
            Fixtures.measurement(
                TEXT,
                "Hemoglobina",
                new MeasurementValue(
                    new BigDecimal("11.2"), null, "g/dL", null, null, null, "11,2 g/dL"))),
        annotated(Fixtures.note("DocumentReference/3", version, "Patient/8", "Sin hallazgos.")),
        annotated(
            Fixtures.note("DocumentReference/4", version, "Patient/404", TEXT),
            Fixtures.unmapped(TEXT, "cefalea")));
  }

  private static Map<String, List<List<String>>> snapshot(DataSource db) throws SQLException {
    Map<String, List<List<String>>> snapshot = new LinkedHashMap<>();
    for (Map.Entry<String, String> query : SNAPSHOT.entrySet()) {
      snapshot.put(query.getKey(), rows(db, query.getValue()));
    }
    return snapshot;
  }
}
