package dev.notes2omop.omop.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes2omop.omop.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

class SchemaMigratorTest {

  @Test
  void migratingTwiceChangesNothing() throws SQLException {
    DataSource db = TestDatabase.freshEmptyDatabase();
    SchemaMigrator.migrate(db, SchemaNames.defaults());
    List<String> before = changelogAndObjects(db);
    SchemaMigrator.migrate(db, SchemaNames.defaults());
    assertThat(changelogAndObjects(db)).isEqualTo(before);
    assertThat(before).anyMatch(row -> row.startsWith("cdm-v5.4-note_nlp|EXECUTED"));
  }

  @Test
  void createsOurTablesAndSequencesInTheOwnSchema() throws SQLException {
    DataSource db = TestDatabase.freshEmptyDatabase();
    SchemaMigrator.migrate(db, new SchemaNames("omop", "n2o"));
    assertThat(
            strings(
                db,
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'n2o'"
                    + " ORDER BY 1"))
        .contains(
            "derived_row",
            "mention_correction",
            "nlp_mention",
            "parked_note",
            "person_source",
            "processed_note",
            "poll_state",
            "review_term",
            "review_user",
            "term_review",
            "term_review_history",
            "work_item");
    assertThat(
            strings(
                db,
                "SELECT sequence_name FROM information_schema.sequences"
                    + " WHERE sequence_schema = 'n2o' ORDER BY 1"))
        .containsExactly(
            "condition_occurrence_id_seq",
            "drug_exposure_id_seq",
            "measurement_id_seq",
            "note_id_seq",
            "note_nlp_id_seq",
            "person_id_seq",
            "work_item_item_id_seq");
    assertThat(
            strings(
                db, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'omop'"))
        .containsExactly("39");
  }

  @Test
  void keepsAnExistingMatchingCdmAndMovesSequencesPastItsIds() throws SQLException {
    DataSource db = TestDatabase.freshEmptyDatabase();
    SchemaMigrator.migrate(db, new SchemaNames("cdm", "first"));
    execute(
        db,
        "INSERT INTO cdm.person (person_id, gender_concept_id, year_of_birth, race_concept_id,"
            + " ethnicity_concept_id) VALUES (41, 0, 1970, 0, 0)");
    SchemaMigrator.migrate(db, new SchemaNames("cdm", "second"));
    assertThat(strings(db, "SELECT count(*) FROM cdm.person")).containsExactly("1");
    assertThat(
            strings(
                db, "SELECT exectype FROM second.databasechangelog WHERE id = 'cdm-v5.4-person'"))
        .containsExactly("MARK_RAN");
    assertThat(strings(db, "SELECT nextval('second.person_id_seq')")).containsExactly("42");
  }

  @Test
  void rejectsAnExistingCdmTableThatDoesNotMatch() throws SQLException {
    DataSource db = TestDatabase.freshEmptyDatabase();
    execute(db, "CREATE SCHEMA cdm");
    execute(db, "CREATE TABLE cdm.note (note_id integer PRIMARY KEY, note_text integer)");
    assertThatThrownBy(() -> SchemaMigrator.migrate(db, SchemaNames.defaults()))
        .isInstanceOf(SchemaException.class)
        .hasMessageContaining("does not match OMOP CDM v5.4")
        .hasMessageContaining("note.note_text is integer, expected text")
        .hasMessageContaining("note.person_id is missing");
  }

  @Test
  void reportsAnUnreachableDatabaseClearly() {
    PGSimpleDataSource nowhere = new PGSimpleDataSource();
    nowhere.setURL("jdbc:postgresql://localhost:1/nowhere");
    assertThatThrownBy(() -> SchemaMigrator.migrate(nowhere, SchemaNames.defaults()))
        .isInstanceOf(SchemaException.class)
        .hasMessageContaining("cannot connect");
  }

  @Test
  void rejectsSchemaNamesThatAreNotPlainIdentifiers() {
    assertThatThrownBy(() -> new SchemaNames("cdm; DROP TABLE x", "n2o"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'cdm; DROP TABLE x'");
    assertThatThrownBy(() -> new SchemaNames("cdm", "Select")).hasMessageContaining("'Select'");
    assertThatThrownBy(() -> new SchemaNames("cdm", "user")).hasMessageContaining("reserved");
    assertThat(SchemaNames.defaults()).isEqualTo(new SchemaNames("cdm", "notes2omop"));
  }

  private static List<String> changelogAndObjects(DataSource db) throws SQLException {
    List<String> rows =
        strings(
            db,
            "SELECT id || '|' || exectype || '|' || md5sum FROM notes2omop.databasechangelog"
                + " ORDER BY orderexecuted");
    rows.addAll(
        strings(
            db,
            "SELECT table_schema || '.' || table_name || '.' || column_name || ' ' || data_type"
                + " FROM information_schema.columns WHERE table_schema IN ('cdm', 'notes2omop')"
                + " ORDER BY 1"));
    rows.addAll(
        strings(
            db,
            "SELECT schemaname || '.' || indexname FROM pg_indexes"
                + " WHERE schemaname IN ('cdm', 'notes2omop') ORDER BY 1"));
    return rows;
  }

  static List<String> strings(DataSource db, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  static void execute(DataSource db, String sql) throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
