package dev.notes2omop.omop.write;

import static dev.notes2omop.omop.write.Fixtures.annotated;
import static dev.notes2omop.omop.write.Fixtures.condition;
import static dev.notes2omop.omop.write.Fixtures.count;
import static org.assertj.core.api.Assertions.assertThat;

import dev.notes2omop.core.nlp.Assertion;
import dev.notes2omop.core.note.ClinicalNote;
import dev.notes2omop.core.note.Gender;
import dev.notes2omop.core.note.NoteStatus;
import dev.notes2omop.core.note.PersonRecord;
import dev.notes2omop.core.pipeline.WriteResult;
import dev.notes2omop.omop.schema.SchemaNames;
import dev.notes2omop.omop.testing.TestDatabase;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ParkedNotesTest {

  private static final String TEXT = "Diagnóstico: diabetes mellitus tipo 2.";

  private DataSource db;
  private OmopNoteWriter writer;
  private ParkedNotes parked;

  @BeforeEach
  void freshDatabase() throws SQLException {
    db = TestDatabase.freshDatabase();
    Fixtures.loadVocabulary(db);
    writer = new OmopNoteWriter(db, SchemaNames.defaults());
    parked = new ParkedNotes(db, SchemaNames.defaults());
  }

  @Test
  void parksANoteOfAnUnknownPersonUntilThePersonExists() throws SQLException {
    ClinicalNote note = Fixtures.note("DocumentReference/5", "1", "Patient/404", TEXT);
    WriteResult result =
        writer.write(
            annotated(note, condition(TEXT, "diabetes mellitus tipo 2", Assertion.AFFIRMED)));

    assertThat(result).isEqualTo(new WriteResult.Parked("Patient/404"));
    assertThat(count(db, "cdm.note")).isZero();
    assertThat(count(db, "cdm.person")).isZero();
    assertThat(count(db, "cdm.note_nlp")).isZero();
    assertThat(parked.count()).isEqualTo(1);
    assertThat(parked.resolvable()).isEmpty();

    new PersonWriter(db, SchemaNames.defaults())
        .upsert(new PersonRecord("Patient/404", Gender.MALE, 1950, null, null, null));
    assertThat(parked.resolvable()).containsExactly(note);

    WriteResult retried =
        writer.write(
            annotated(note, condition(TEXT, "diabetes mellitus tipo 2", Assertion.AFFIRMED)));
    assertThat(retried).isInstanceOf(WriteResult.Written.class);
    assertThat(parked.count()).isZero();
    assertThat(count(db, "cdm.condition_occurrence")).isEqualTo(1);
  }

  @Test
  void parksBeforeTaggingOnlyWhenThePersonIsMissing() throws SQLException {
    ClinicalNote note = Fixtures.note("DocumentReference/7", "1", "Patient/405", TEXT);

    assertThat(writer.parkIfPersonMissing(note, Instant.now())).isTrue();
    assertThat(parked.count()).isEqualTo(1);
    assertThat(count(db, "cdm.note")).isZero();

    new PersonWriter(db, SchemaNames.defaults())
        .upsert(new PersonRecord("Patient/405", Gender.FEMALE, 1961, null, null, null));
    assertThat(writer.parkIfPersonMissing(note, Instant.now())).isFalse();
    assertThat(parked.resolvable()).containsExactly(note);
  }

  @Test
  void keepsEveryFieldOfTheNoteAndCountsAttempts() throws SQLException {
    ClinicalNote note =
        new ClinicalNote(
            "DocumentReference/6",
            null,
            "Patient/404",
            null,
            LocalDate.of(2023, 1, 2),
            null,
            null,
            null,
            TEXT,
            NoteStatus.SUPERSEDED);
    writer.write(annotated(note));
    writer.write(annotated(note));
    assertThat(Fixtures.rows(db, "SELECT attempts FROM notes2omop.parked_note"))
        .containsExactly(List.of("2"));
    Fixtures.execute(
        db,
        "INSERT INTO cdm.person (person_id, gender_concept_id, year_of_birth, race_concept_id,"
            + " ethnicity_concept_id, person_source_value) VALUES (500, 0, 1980, 0, 0,"
            + " 'Patient/404')");
    assertThat(parked.resolvable()).containsExactly(note);
  }

  @Test
  void removeDeletesAParkedCopy() {
    ClinicalNote note = Fixtures.note("DocumentReference/7", "1", "Patient/404", TEXT);
    writer.write(annotated(note));
    assertThat(writer.remove("DocumentReference/7")).isTrue();
    assertThat(parked.count()).isZero();
  }
}
