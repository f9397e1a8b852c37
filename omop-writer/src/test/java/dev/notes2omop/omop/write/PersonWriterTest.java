package dev.notes2omop.omop.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes2omop.core.note.Gender;
import dev.notes2omop.core.note.PersonRecord;
import dev.notes2omop.omop.schema.SchemaNames;
import dev.notes2omop.omop.testing.TestDatabase;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PersonWriterTest {

  private DataSource db;
  private PersonWriter persons;

  @BeforeEach
  void freshDatabase() throws SQLException {
    db = TestDatabase.freshDatabase();
    Fixtures.loadVocabulary(db);
    persons = new PersonWriter(db, SchemaNames.defaults());
  }

  @Test
  void insertsAPersonWithTheGenderConceptOfTheVocabulary() throws SQLException {
    long id = persons.upsert(new PersonRecord("Patient/7", Gender.FEMALE, 1960, 3, 14, "female"));
    assertThat(
            Fixtures.rows(
                db,
                "SELECT person_id, gender_concept_id, year_of_birth, month_of_birth, day_of_birth,"
                    + " person_source_value, gender_source_value, race_concept_id FROM cdm.person"))
        .containsExactly(
            List.of(
                String.valueOf(id),
                String.valueOf(Fixtures.FEMALE),
                "1960",
                "3",
                "14",
                "Patient/7",
                "female",
                "0"));
    assertThat(persons.find("Patient/7")).isEqualTo(OptionalLong.of(id));
    assertThat(persons.find("Patient/8")).isEmpty();
  }

  @Test
  void updatesThePersonWithTheSameSourceValue() throws SQLException {
    long first =
        persons.upsert(new PersonRecord("Patient/7", Gender.UNKNOWN, 1960, null, null, null));
    long second = persons.upsert(new PersonRecord("Patient/7", Gender.MALE, 1961, 5, null, "M"));
    assertThat(second).isEqualTo(first);
    assertThat(
            Fixtures.rows(
                db,
                "SELECT gender_concept_id, year_of_birth, month_of_birth, day_of_birth FROM cdm.person"))
        .containsExactly(Arrays.asList(String.valueOf(Fixtures.MALE), "1961", "5", null));
  }

  @Test
  void upsertsABatchOfPersonsInOneTransactionOrNone() throws SQLException {
    long seven =
        persons.upsert(new PersonRecord("Patient/7", Gender.UNKNOWN, 1960, null, null, null));

    List<Long> ids =
        persons.upsertAll(
            List.of(
                new PersonRecord("Patient/8", Gender.MALE, 1970, null, null, null),
                new PersonRecord("Patient/7", Gender.FEMALE, 1961, null, null, null)));

    assertThat(ids).hasSize(2).element(1).isEqualTo(seven);
    assertThat(
            Fixtures.rows(
                db, "SELECT person_source_value, year_of_birth FROM cdm.person ORDER BY 1"))
        .containsExactly(List.of("Patient/7", "1961"), List.of("Patient/8", "1970"));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                persons.upsertAll(
                    List.of(
                        new PersonRecord("Patient/9", Gender.MALE, 1980, null, null, null),
                        new PersonRecord("Patient/10", Gender.MALE, null, null, null, null))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Patient/10");
    assertThat(Fixtures.count(db, "cdm.person")).isEqualTo(2);
  }

  @Test
  void usesGenderConceptZeroWhenTheVocabularyLacksIt() throws SQLException {
    Fixtures.execute(db, "DELETE FROM cdm.concept");
    new PersonWriter(db, SchemaNames.defaults())
        .upsert(new PersonRecord("Patient/9", Gender.MALE, 1990, null, null, null));
    assertThat(Fixtures.rows(db, "SELECT gender_concept_id FROM cdm.person"))
        .containsExactly(List.of("0"));
  }

  @Test
  void refusesAPersonWithoutYearOfBirth() {
    assertThatThrownBy(
            () ->
                persons.upsert(new PersonRecord("Patient/7", Gender.MALE, null, null, null, null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Patient/7")
        .hasMessageContaining("year_of_birth");
  }
}
