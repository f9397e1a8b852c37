package dev.notes2omop.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes2omop.omop.schema.SchemaNames;
import dev.notes2omop.omop.testing.TestDatabase;
import dev.notes2omop.vocab.load.AthenaLoader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The Spark job in this JVM ({@code local[2]}) on the embedded PostgreSQL, with the shipped model
 * and the sample vocabulary: bad lines are reported with their file and line, and a task that fails
 * once in the middle of its partition is retried by Spark without writing anything twice or leaving
 * anything out.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkEtlIT {

  private static final int NOTES = 40;

  @TempDir Path tmp;
  private Path input;

  @BeforeAll
  void writeInput(@TempDir Path dir) throws Exception {
    List<String> lines = new ArrayList<>(NdjsonFixture.lines(5, NOTES));
    lines.add(3, "{\"resourceType\":\"DocumentReference\",\"id\":");
    input = NdjsonFixture.write(dir.resolve("notes.ndjson"), lines);
  }

  @Test
  void reportsAMalformedLineWithItsFileAndLineAndWritesTheRest() throws Exception {
    DataSource db = database();

    String out = run(db, "local[2]", 0);

    assertThat(out).contains("notes written", "Problems:");
    assertThat(out).containsPattern("notes\\.ndjson:4: invalid JSON");
    assertThat(count(db, "SELECT count(*) FROM cdm.note")).isEqualTo(NOTES);
    assertThat(count(db, "SELECT count(*) FROM cdm.person")).isEqualTo(5);
    assertThat(count(db, "SELECT count(*) FROM cdm.note_nlp")).isPositive();
  }

  @Test
  void aTaskFailingOnceMidPartitionIsRetriedWithoutDuplicatesOrLosses() throws Exception {
    DataSource clean = database();
    run(clean, "local[2]", 0);
    DataSource failing = database();

    // local[2,3]: two threads, a task may fail up to three times; the first attempt of the first
    // notes partition fails after committing its first batch of 4 notes, of about 13
    String out = run(failing, "local[2,3]", 4);

    assertThat(out).contains("notes written");
    assertThat(count(failing, "SELECT count(*) FROM cdm.note")).isEqualTo(NOTES);
    assertThat(
            count(
                failing,
                "SELECT count(*) FROM (SELECT note_source_value FROM cdm.note"
                    + " GROUP BY 1 HAVING count(*) > 1) d"))
        .isZero();
    for (String table :
        List.of("note_nlp", "condition_occurrence", "drug_exposure", "measurement")) {
      assertThat(count(failing, "SELECT count(*) FROM cdm." + table))
          .as(table)
          .isEqualTo(count(clean, "SELECT count(*) FROM cdm." + table));
    }
  }

  private String run(DataSource db, String master, int failAfterNotes) throws Exception {
    StringWriter text = new StringWriter();
    CommandLine cli = new CommandLine(new SparkEtlMain());
    cli.setOut(new PrintWriter(text));
    int exit =
        cli.execute(
            "--input",
            input.toString(),
            "--master",
            master,
            "--db-url",
            TestDatabase.jdbcUrl(db),
            "--index-dir",
            tmp.resolve("index-" + System.nanoTime()).toString(),
            "--partitions",
            "3",
            "--batch",
            "4",
            "--fail-after-notes",
            String.valueOf(failAfterNotes));
    assertThat(exit).as(text.toString()).isZero();
    return text.toString();
  }

  private static DataSource database() {
    DataSource db = TestDatabase.freshDatabase();
    Path vocab = Path.of("..", "plugin", "src", "main", "resources", "sample-vocab");
    new AthenaLoader(db, SchemaNames.defaults().cdm())
        .loadAll(List.of(vocab.resolve("gibleed"), vocab.resolve("synthea27nj")), (t, n) -> {});
    return db;
  }

  private static long count(DataSource db, String sql) throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
