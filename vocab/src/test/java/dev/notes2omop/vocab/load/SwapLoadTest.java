package dev.notes2omop.vocab.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes2omop.omop.testing.TestDatabase;
import dev.notes2omop.vocab.testing.SampleVocabularies;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The staging + swap behaviour of {@link AthenaLoader} on a real PostgreSQL. */
class SwapLoadTest {

  private static final String CDM = SampleVocabularies.CDM;
  private static final String HEADER =
      "concept_id\tconcept_name\tdomain_id\tvocabulary_id\tconcept_class_id\tstandard_concept"
          + "\tconcept_code\tvalid_start_date\tvalid_end_date\tinvalid_reason";

  @TempDir Path temp;

  @Test
  void keepsEveryIndexWithItsNameThePrimaryKeyAndASiteIndexAcrossReloads() throws Exception {
    DataSource db = TestDatabase.freshDatabase();
    execute(db, "CREATE INDEX site_concept_lower_name ON cdm.concept (lower(concept_name))");
    execute(db, "COMMENT ON TABLE cdm.concept IS 'site comment'");
    List<String> conceptIndexes = indexes(db, "concept");
    List<String> ancestorIndexes = indexes(db, "concept_ancestor");
    assertThat(conceptIndexes)
        .contains(
            "idx_concept_code: CREATE INDEX idx_concept_code ON cdm.concept USING btree"
                + " (concept_code)",
            "site_concept_lower_name: CREATE INDEX site_concept_lower_name ON cdm.concept"
                + " USING btree (lower((concept_name)::text))",
            "xpk_concept: CREATE UNIQUE INDEX xpk_concept ON cdm.concept USING btree"
                + " (concept_id)");
    assertThat(ancestorIndexes).hasSize(2);

    new AthenaLoader(db, CDM).load(SampleVocabularies.gibleed(), LoadProgress.NONE);
    new AthenaLoader(db, CDM).load(SampleVocabularies.gibleed(), LoadProgress.NONE);

    assertThat(indexes(db, "concept")).isEqualTo(conceptIndexes);
    assertThat(indexes(db, "concept_ancestor")).isEqualTo(ancestorIndexes);
    assertThat(
            strings(
                db,
                "SELECT conname || ' ' || contype::text FROM pg_constraint"
                    + " WHERE conrelid = 'cdm.concept'::regclass AND contype = 'p'"))
        .containsExactly("xpk_concept p");
    assertThat(strings(db, "SELECT obj_description('cdm.concept'::regclass, 'pg_class')"))
        .containsExactly("site comment");
    assertThat(
            strings(
                db,
                "SELECT attname FROM pg_attribute WHERE attrelid ="
                    + " 'cdm.concept'::regclass AND attnotnull AND attnum > 0 ORDER BY attnum"))
        .containsExactly(
            "concept_id",
            "concept_name",
            "domain_id",
            "vocabulary_id",
            "concept_class_id",
            "concept_code",
            "valid_start_date",
            "valid_end_date");
    assertThat(
            strings(
                db,
                "SELECT relpersistence::text FROM pg_class WHERE oid ="
                    + " 'cdm.concept'::regclass"))
        .containsExactly("p");
    assertThat(count(db, "cdm.concept")).isEqualTo(435);
    assertThat(workTables(db)).isEmpty();
  }

  @Test
  void aFailureAfterStagingLeavesTheOldVocabularyItsIndexesAndNoWorkTables() throws Exception {
    DataSource db = TestDatabase.freshDatabase();
    Path first = Files.createDirectory(temp.resolve("first"));
    write(first.resolve("CONCEPT.csv"), HEADER, concept(1, "A"), concept(2, "B"));
    new AthenaLoader(db, CDM).load(first, LoadProgress.NONE);
    // a site's unique index that the next vocabulary violates: building it on the new table fails
    execute(db, "CREATE UNIQUE INDEX site_unique_code ON cdm.concept (concept_code)");
    List<String> before = indexes(db, "concept");
    Path second = Files.createDirectory(temp.resolve("second"));
    write(second.resolve("CONCEPT.csv"), HEADER, concept(3, "C"), concept(4, "C"), concept(5, "D"));
    List<String> phases = new ArrayList<>();
    LoadProgress progress =
        new LoadProgress() {
          @Override
          public void onProgress(String table, long rowsSoFar) {}

          @Override
          public void onPhase(String phase) {
            phases.add(phase);
          }
        };

    assertThatThrownBy(() -> new AthenaLoader(db, CDM).load(second, progress))
        .isInstanceOf(VocabularyLoadException.class)
        .hasMessageContaining("site_unique_code")
        .hasMessageContaining("could not create unique index")
        .hasMessageContaining("left as it was");

    assertThat(phases).contains("de-duplicating CONCEPT").doesNotContain("swapping");
    assertThat(strings(db, "SELECT concept_id::text FROM cdm.concept ORDER BY 1"))
        .containsExactly("1", "2");
    assertThat(indexes(db, "concept")).isEqualTo(before);
    assertThat(workTables(db)).isEmpty();
  }

  @Test
  void dropsTheWorkTablesOfAKilledLoadAndNothingElse() throws Exception {
    DataSource db = TestDatabase.freshDatabase();
    execute(db, "CREATE UNLOGGED TABLE cdm.n2o_stage_concept (LIKE cdm.concept)");
    execute(db, "CREATE TABLE cdm.n2o_new_concept (LIKE cdm.concept INCLUDING ALL)");
    execute(db, "CREATE INDEX n2o_new_concept_2 ON cdm.n2o_new_concept (concept_code)");
    execute(db, "CREATE TABLE cdm.n2o_old_vocabulary (LIKE cdm.vocabulary)");
    execute(db, "CREATE TABLE cdm.n2o_stage_site_table (id integer)");
    write(temp.resolve("CONCEPT.csv"), HEADER, concept(7, "G"));
    List<String> phases = new ArrayList<>();
    LoadProgress progress =
        new LoadProgress() {
          @Override
          public void onProgress(String table, long rowsSoFar) {}

          @Override
          public void onPhase(String phase) {
            phases.add(phase);
          }
        };

    LoadReport report = new AthenaLoader(db, CDM).load(temp, progress);

    assertThat(report.rows("concept")).isEqualTo(1);
    assertThat(workTables(db)).containsExactly("n2o_stage_site_table");
    assertThat(phases.get(0)).contains("earlier load that did not finish");
    assertThat(indexes(db, "concept")).anyMatch(i -> i.startsWith("idx_concept_code:"));
  }

  @Test
  void readersOfTheLiveTableAreNotBlockedWhileTheNewTableIsBuilt() throws Exception {
    DataSource db = TestDatabase.freshDatabase();
    new AthenaLoader(db, CDM).load(SampleVocabularies.gibleed(), LoadProgress.NONE);
    List<Long> seen = new ArrayList<>();
    LoadProgress reader =
        new LoadProgress() {
          @Override
          public void onProgress(String table, long rowsSoFar) {}

          @Override
          public void onPhase(String phase) {
            if (phase.startsWith("indexing CONCEPT ")) {
              try (Connection c = db.getConnection();
                  Statement s = c.createStatement()) {
                s.execute("SET lock_timeout = '1s'");
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM cdm.concept")) {
                  rs.next();
                  seen.add(rs.getLong(1));
                }
              } catch (SQLException e) {
                throw new IllegalStateException("a reader was blocked: " + e.getMessage(), e);
              }
            }
          }
        };

    new AthenaLoader(db, CDM).load(SampleVocabularies.synthea(), reader);

    assertThat(seen).isNotEmpty().containsOnly(435L);
    assertThat(count(db, "cdm.concept")).isEqualTo(2294);
  }

  @Test
  void refusesASecondLoadIntoTheSameSchemaWhileOneRuns() throws Exception {
    DataSource db = TestDatabase.freshDatabase();
    write(temp.resolve("CONCEPT.csv"), HEADER, concept(8, "H"));
    try (Connection holder = db.getConnection();
        Statement s = holder.createStatement()) {
      s.execute("SELECT pg_advisory_lock(hashtext('notes2omop vocabulary load'), hashtext('cdm'))");

      assertThatThrownBy(() -> new AthenaLoader(db, CDM).load(temp, LoadProgress.NONE))
          .isInstanceOf(VocabularyLoadException.class)
          .hasMessageContaining("another vocabulary load into schema cdm is running");
    }
    assertThat(count(db, "cdm.concept")).isZero();
  }

  private static String concept(int id, String code) {
    return id
        + "\tConcept "
        + id
        + "\tCondition\tSNOMED\tClinical Finding\tS\t"
        + code
        + "\t20000101\t20991231\t";
  }

  private static void write(Path file, String... lines) throws IOException {
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  private static List<String> indexes(DataSource db, String table) throws SQLException {
    return strings(
        db,
        "SELECT indexname || ': ' || indexdef FROM pg_indexes WHERE schemaname = 'cdm'"
            + " AND tablename = '"
            + table
            + "' ORDER BY indexname");
  }

  private static List<String> workTables(DataSource db) throws SQLException {
    return strings(
        db,
        "SELECT tablename FROM pg_tables WHERE schemaname = 'cdm' AND (tablename LIKE"
            + " 'n2o\\_stage\\_%' OR tablename LIKE 'n2o\\_new\\_%' OR tablename LIKE"
            + " 'n2o\\_old\\_%') ORDER BY 1");
  }

  private static long count(DataSource db, String table) throws SQLException {
    return Long.parseLong(strings(db, "SELECT count(*) FROM " + table).get(0));
  }

  private static void execute(DataSource db, String sql) throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static List<String> strings(DataSource db, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }
}
