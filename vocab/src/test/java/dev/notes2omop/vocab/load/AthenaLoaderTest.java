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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AthenaLoaderTest {

  private static final String CDM = SampleVocabularies.CDM;

  @TempDir Path temp;

  @Test
  void loadsBothSampleDirectoriesWithOneRowPerPrimaryKeyOfTheFiles() throws SQLException {
    DataSource db = SampleVocabularies.loadedDatabase();
    LoadReport report = SampleVocabularies.loadReport();

    // distinct keys over both directories, counted from the files independently of the loader:
    // concept 436 + 2294 rows, one id twice in gibleed and 244 ids in both; concept_ancestor has
    // 2532 repeated pairs in gibleed; vocabulary 'None' is in both.
    Map<String, Long> expected =
        Map.of(
            "concept", 2485L,
            "vocabulary", 125L,
            "domain", 45L,
            "concept_class", 0L,
            "relationship", 480L,
            "concept_relationship", 5178L,
            "concept_synonym", 1064L,
            "concept_ancestor", 63158L,
            "drug_strength", 0L);
    for (var entry : expected.entrySet()) {
      assertThat(count(db, entry.getKey())).as(entry.getKey()).isEqualTo(entry.getValue());
      assertThat(report.rows(entry.getKey())).as(entry.getKey()).isEqualTo(entry.getValue());
    }
    assertThat(report.duplicatesByTable())
        .containsEntry("concept", 245L)
        .containsEntry("concept_ancestor", 2532L)
        .containsEntry("vocabulary", 1L);
    assertThat(report.badRowCount()).isZero();
    assertThat(report.warnings()).anyMatch(w -> w.contains("SOURCE_TO_CONCEPT_MAP.csv"));
  }

  @Test
  void keepsTheFirstRowOfAKeyAcrossSamples() throws SQLException {
    DataSource db = SampleVocabularies.loadedDatabase();

    // 19007332 is methotrexate 10 MG in gibleed and 2.5 MG in synthea27nj: gibleed was first
    assertThat(string(db, "SELECT concept_name FROM cdm.concept WHERE concept_id = 19007332"))
        .isEqualTo("Methotrexate 10 MG Oral Tablet");
    assertThat(SampleVocabularies.loadReport().duplicates()).hasSize(LoadReport.MAX_LISTED);
  }

  @Test
  void reportsEachDroppedDuplicateWithFileAndLineOfBothRows() throws Exception {
    DataSource db = TestDatabase.freshDatabase();
    Path first = Files.createDirectory(temp.resolve("first"));
    Path second = Files.createDirectory(temp.resolve("second"));
    String header =
        "concept_id,concept_name,domain_id,vocabulary_id,concept_class_id,standard_concept,"
            + "concept_code,valid_start_date,valid_end_date,invalid_reason";
    Path a =
        write(
            first.resolve("concept.csv"),
            header,
            "1,First one,Condition,SNOMED,Clinical Finding,S,1,2000-01-01,2099-12-31,",
            "1,Same file again,Condition,SNOMED,Clinical Finding,S,1,2000-01-01,2099-12-31,");
    Path b =
        write(
            second.resolve("CONCEPT.csv"),
            header,
            "2,Other,Condition,SNOMED,Clinical Finding,S,2,2000-01-01,2099-12-31,",
            "1,Second directory,Condition,SNOMED,Clinical Finding,S,1,2000-01-01,2099-12-31,");

    LoadReport report =
        new AthenaLoader(db, CDM).loadAll(List.of(first, second), LoadProgress.NONE);

    assertThat(string(db, "SELECT concept_name FROM cdm.concept WHERE concept_id = 1"))
        .isEqualTo("First one");
    assertThat(ids(db)).containsExactly(1, 2);
    assertThat(report.duplicatesByTable()).containsExactly(Map.entry("concept", 2L));
    assertThat(report.duplicates())
        .containsExactly(
            a + ":3: duplicate concept_id=1 dropped, first at " + a + ":2",
            b + ":3: duplicate concept_id=1 dropped, first at " + a + ":2");
  }

  @Test
  void loadsAthenaTabSeparatedFilesWithCompactDatesAndStrayQuotes() throws Exception {
    DataSource db = TestDatabase.freshDatabase();
    write(
        "CONCEPT.csv",
        "concept_id\tconcept_name\tdomain_id\tvocabulary_id\tconcept_class_id\tstandard_concept"
            + "\tconcept_code\tvalid_start_date\tvalid_end_date\tinvalid_reason",
        "320128\tEssential hypertension\tCondition\tSNOMED\tClinical Finding\tS\t59621000"
            + "\t20020131\t20991231\t",
        "4000001\tPatient's \"difficult\" airway\tCondition\tSNOMED\tClinical Finding\t\t123"
            + "\t19700101\t20180131\tU");
    write(
        "VOCABULARY.csv",
        "vocabulary_id\tvocabulary_name\tvocabulary_reference\tvocabulary_version"
            + "\tvocabulary_concept_id",
        "SNOMED\tSystematic Nomenclature of Medicine - Clinical Terms (IHTSDO)\t\"quoted ref"
            + "\tSnomed Release 20230301\t44819097");

    LoadReport report = new AthenaLoader(db, CDM).load(temp, LoadProgress.NONE);

    assertThat(report.badRows()).isEmpty();
    assertThat(report.rowsByTable()).containsEntry("concept", 2L).containsEntry("vocabulary", 1L);
    assertThat(string(db, "SELECT concept_name FROM cdm.concept WHERE concept_id = 4000001"))
        .isEqualTo("Patient's \"difficult\" airway");
    assertThat(string(db, "SELECT standard_concept FROM cdm.concept WHERE concept_id = 4000001"))
        .isNull();
    assertThat(
            string(db, "SELECT valid_start_date::text FROM cdm.concept WHERE concept_id = 320128"))
        .isEqualTo(LocalDate.of(2002, 1, 31).toString());
    assertThat(string(db, "SELECT vocabulary_reference FROM cdm.vocabulary"))
        .isEqualTo("\"quoted ref");
  }

  @Test
  void skipsMalformedRowsReportingFileAndLineAndLoadsTheRest() throws Exception {
    DataSource db = TestDatabase.freshDatabase();
    Path file =
        write(
            "concept.csv",
            "concept_id,concept_name,domain_id,vocabulary_id,concept_class_id,standard_concept,"
                + "concept_code,valid_start_date,valid_end_date,invalid_reason",
            "1,\"Good, with comma\",Condition,SNOMED,Clinical Finding,S,1,2000-01-01,2099-12-31,",
            "2,Bad date,Condition,SNOMED,Clinical Finding,S,2,2000-13-01,2099-12-31,",
            "x3,Bad id,Condition,SNOMED,Clinical Finding,S,3,2000-01-01,2099-12-31,",
            "4,Too few columns,Condition,SNOMED",
            "5,No code,Condition,SNOMED,Clinical Finding,S,,2000-01-01,2099-12-31,",
            "6,\"Unterminated,Condition,SNOMED,Clinical Finding,S,6,2000-01-01,2099-12-31,",
            "7,\"Multi",
            "line\",Condition,SNOMED,Clinical Finding,S,7,2000-01-01,2099-12-31,",
            "8,Last good,Condition,SNOMED,Clinical Finding,S,8,2000-01-01,2099-12-31,");

    LoadReport report = new AthenaLoader(db, CDM).load(temp, LoadProgress.NONE);

    assertThat(report.badRowCount()).isEqualTo(5);
    assertThat(report.badRows())
        .containsExactly(
            file + ":3: valid_start_date: '2000-13-01' is not a date (yyyyMMdd or yyyy-MM-dd)",
            file + ":4: concept_id: 'x3' is not an integer",
            file + ":5: expected 10 columns, found 4",
            file + ":6: missing required value for concept_code",
            file + ":7: unterminated quote");
    assertThat(ids(db)).containsExactly(1, 7, 8);
    assertThat(string(db, "SELECT concept_name FROM cdm.concept WHERE concept_id = 7"))
        .isEqualTo("Multi\nline");
    assertThat(report.rows("concept")).isEqualTo(3);
  }

  @Test
  void aFailedLoadLeavesThePreviousVocabularyUntouched() throws Exception {
    DataSource db = TestDatabase.freshDatabase();
    new AthenaLoader(db, CDM).load(SampleVocabularies.gibleed(), LoadProgress.NONE);
    long concepts = count(db, "concept");
    long vocabularies = count(db, "vocabulary");
    write(
        "VOCABULARY.csv",
        "vocabulary_id,vocabulary_name,vocabulary_reference,vocabulary_version,vocabulary_concept_id",
        "X,X,X,1,0");
    write("CONCEPT.csv", "concept_id,concept_name", "1,no code column");

    assertThatThrownBy(() -> new AthenaLoader(db, CDM).load(temp, LoadProgress.NONE))
        .isInstanceOf(VocabularyLoadException.class)
        .hasMessageContaining("CONCEPT.csv")
        .hasMessageContaining("required column 'domain_id'");

    assertThat(count(db, "concept")).isEqualTo(concepts).isEqualTo(435);
    assertThat(count(db, "vocabulary")).isEqualTo(vocabularies).isEqualTo(125);
  }

  @Test
  void replacesOnlyTheTablesItHasFilesFor() throws Exception {
    DataSource db = TestDatabase.freshDatabase();
    new AthenaLoader(db, CDM).load(SampleVocabularies.gibleed(), LoadProgress.NONE);
    write(
        "CONCEPT.csv",
        "concept_id,concept_name,domain_id,vocabulary_id,concept_class_id,standard_concept,"
            + "concept_code,valid_start_date,valid_end_date,invalid_reason",
        "42,Only one,Condition,SNOMED,Clinical Finding,S,42,2000-01-01,2099-12-31,");
    List<String> progress = new ArrayList<>();

    LoadReport report =
        new AthenaLoader(db, CDM).load(temp, (table, rows) -> progress.add(table + "=" + rows));

    assertThat(ids(db)).containsExactly(42);
    assertThat(count(db, "vocabulary")).isEqualTo(125);
    assertThat(report.rowsByTable()).containsOnlyKeys("concept");
    assertThat(progress).containsExactly("concept=1");
  }

  @Test
  void rejectsASchemaNameThatIsNotAPlainIdentifier() {
    DataSource db = TestDatabase.freshDatabase();
    assertThatThrownBy(() -> new AthenaLoader(db, "cdm; DROP TABLE x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid schema name");
  }

  private Path write(String name, String... lines) throws IOException {
    return write(temp.resolve(name), lines);
  }

  private static Path write(Path file, String... lines) throws IOException {
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  private static long count(DataSource db, String table) throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM cdm." + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static List<Integer> ids(DataSource db) throws SQLException {
    List<Integer> ids = new ArrayList<>();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT concept_id FROM cdm.concept ORDER BY 1")) {
      while (rs.next()) {
        ids.add(rs.getInt(1));
      }
    }
    return ids;
  }

  private static String string(DataSource db, String sql) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement s = c.prepareStatement(sql);
        ResultSet rs = s.executeQuery()) {
      assertThat(rs.next()).as("a row for " + sql).isTrue();
      return rs.getString(1);
    }
  }
}
