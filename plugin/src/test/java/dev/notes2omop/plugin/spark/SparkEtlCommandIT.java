package dev.notes2omop.plugin.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes2omop.omop.schema.SchemaNames;
import dev.notes2omop.omop.testing.TestDatabase;
import dev.notes2omop.plugin.cli.Main;
import dev.notes2omop.plugin.demo.SyntheticCorpusGenerator;
import dev.notes2omop.plugin.etl.EtlProgress;
import dev.notes2omop.plugin.etl.EtlReport;
import dev.notes2omop.plugin.etl.EtlRunner;
import dev.notes2omop.plugin.runtime.BundledResources;
import dev.notes2omop.plugin.runtime.MappingSettings;
import dev.notes2omop.plugin.runtime.Pipeline;
import dev.notes2omop.plugin.runtime.TaggerSettings;
import dev.notes2omop.vocab.index.BuildProgress;
import dev.notes2omop.vocab.load.AthenaLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code spark-etl --master local[2]} (the Spark job in a child JVM) and {@code etl} over the same
 * input, the test fixtures and generated notes, with the shipped model, each into its own database:
 * the same OMOP rows, ids aside.
 */
class SparkEtlCommandIT {

  /** Every written row, without ids, each keyed by its note's source value and offset. */
  private static final Map<String, String> SNAPSHOT = new LinkedHashMap<>();

  static {
    SNAPSHOT.put(
        "person",
        "SELECT person_source_value, gender_concept_id, year_of_birth, month_of_birth,"
            + " day_of_birth FROM cdm.person ORDER BY 1");
    SNAPSHOT.put(
        "note",
        "SELECT note_source_value, p.person_source_value, note_date, note_datetime,"
            + " note_class_concept_id, note_title, md5(note_text), language_concept_id"
            + " FROM cdm.note JOIN cdm.person p USING (person_id) ORDER BY 1");
    SNAPSHOT.put(
        "note_nlp",
        "SELECT n.note_source_value, \"offset\", lexical_variant, snippet, note_nlp_concept_id,"
            + " note_nlp_source_concept_id, nlp_system, term_exists, term_temporal, term_modifiers"
            + " FROM cdm.note_nlp JOIN cdm.note n USING (note_id) ORDER BY 1, 2, 3");
    for (String[] t :
        new String[][] {
          {"condition_occurrence", "condition_concept_id, condition_start_date"},
          {"drug_exposure", "drug_concept_id, drug_exposure_start_date"},
          {"measurement", "measurement_concept_id, value_as_number, unit_concept_id"}
        }) {
      SNAPSHOT.put(
          t[0],
          "SELECT n.note_source_value, x.\"offset\", "
              + t[1]
              + " FROM cdm."
              + t[0]
              + " c JOIN notes2omop.derived_row d ON d.cdm_table = '"
              + t[0]
              + "' AND d.row_id = c."
              + t[0]
              + "_id JOIN cdm.note_nlp x ON x.note_nlp_id = d.note_nlp_id"
              + " JOIN cdm.note n ON n.note_id = d.note_id ORDER BY 1, 2");
    }
    SNAPSHOT.put(
        "parked", "SELECT resource_id, subject_reference FROM notes2omop.parked_note ORDER BY 1");
  }

  @Test
  void writesTheSameRowsAsEtl(@TempDir Path tmp) throws Exception {
    Path input = Files.createDirectories(tmp.resolve("input"));
    for (String fixture : List.of("order.ndjson", "e2e-bundle.json")) {
      Files.copy(
          Path.of(SparkEtlCommandIT.class.getResource("/fhir/" + fixture).toURI()),
          input.resolve(fixture),
          StandardCopyOption.REPLACE_EXISTING);
    }
    new SyntheticCorpusGenerator().write(input.resolve("generated.ndjson"), 60, 12, 7);
    Path vocab = BundledResources.extract("sample-vocab", tmp.resolve("vocab"));

    DataSource etlDb = database(vocab);
    EtlReport etl;
    try (Pipeline pipeline =
        Pipeline.build(
            etlDb,
            SchemaNames.defaults(),
            MappingSettings.defaults(tmp.resolve("etl")),
            TaggerSettings.defaults(),
            BuildProgress.NONE)) {
      etl =
          new EtlRunner(pipeline, 2)
              .run(dev.notes2omop.fhir.bulk.BulkInput.files(input), EtlProgress.NONE);
    }

    DataSource sparkDb = database(vocab);
    int exit =
        Main.run(
            "spark-etl",
            "--input",
            input.toString(),
            "--master",
            "local[2]",
            "--db-url",
            TestDatabase.jdbcUrl(sparkDb),
            "--data-dir",
            tmp.resolve("spark").toString(),
            "--spark-jar",
            Path.of("..", "spark", "target", SparkLauncher.JAR).toString(),
            "--spark-heap",
            "2g");

    assertThat(exit).isZero();
    assertThat(etl.notesWritten()).isGreaterThan(60);
    Map<String, List<List<String>>> expected = snapshot(etlDb);
    Map<String, List<List<String>>> actual = snapshot(sparkDb);
    assertThat(expected.get("note_nlp")).hasSizeGreaterThan(500);
    for (String table : SNAPSHOT.keySet()) {
      assertThat(actual.get(table)).as(table).isEqualTo(expected.get(table));
    }
  }

  private static DataSource database(Path vocab) {
    DataSource db = TestDatabase.freshDatabase();
    new AthenaLoader(db, SchemaNames.defaults().cdm())
        .loadAll(List.of(vocab.resolve("gibleed"), vocab.resolve("synthea27nj")), (t, n) -> {});
    return db;
  }

  private static Map<String, List<List<String>>> snapshot(DataSource db) throws SQLException {
    Map<String, List<List<String>>> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> query : SNAPSHOT.entrySet()) {
      List<List<String>> rows = new ArrayList<>();
      try (Connection c = db.getConnection();
          Statement s = c.createStatement();
          ResultSet rs = s.executeQuery(query.getValue())) {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          List<String> row = new ArrayList<>();
          for (int i = 1; i <= columns; i++) {
            row.add(rs.getString(i));
          }
          rows.add(row);
        }
      }
      out.put(query.getKey(), rows);
    }
    return out;
  }
}
