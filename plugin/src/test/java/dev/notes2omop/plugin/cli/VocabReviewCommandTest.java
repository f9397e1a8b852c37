package dev.notes2omop.plugin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes2omop.omop.testing.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code vocab review import / export / list} on a real database. */
class VocabReviewCommandTest {

  private static final String HEADER =
      "sourceCode,sourceName,sourceFrequency,sourceAutoAssignedConceptIds,matchScore,"
          + "mappingStatus,equivalence,statusSetBy,statusSetOn,conceptId,conceptName,domainId,"
          + "mappingType,comment,createdBy,createdOn,assignedReviewer\r\n";

  @TempDir Path dir;

  private StringWriter out;
  private StringWriter err;
  private String url;

  @BeforeEach
  void database() throws Exception {
    DataSource db = TestDatabase.freshDatabase();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO cdm.concept VALUES (320128, 'Essential hypertension', 'Condition',"
              + " 'SNOMED', 'Clinical Finding', 'S', '59621000', DATE '2002-01-31',"
              + " DATE '2099-12-31', NULL)");
    }
    url = TestDatabase.jdbcUrl(db);
  }

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--db-url";
    all[args.length + 1] = url;
    return commandLine.execute(all);
  }

  @Test
  void importsListsAndExportsAUsagiFile() throws Exception {
    Path file = dir.resolve("in.csv");
    Files.writeString(
        file,
        HEADER
            + "hta,HTA,10,,1.00,APPROVED,EQUAL,ana,1700000000000,320128,Essential hypertension,"
            + "Condition,MAPS_TO,\"ok, checked\",ana,1700000000000,\r\n"
            + "x,xyz,1,,0.00,UNCHECKED,UNREVIEWED,,0,0,,,MAPS_TO,,,0,\r\n",
        StandardCharsets.UTF_8);

    assertThat(run("vocab", "review", "import", "--usagi", file.toString(), "--reviewer", "eva"))
        .as(err.toString())
        .isZero();
    assertThat(out.toString())
        .contains("2 rows, 1 created, 0 updated, 0 unchanged, 1 skipped (no decision)");

    assertThat(run("vocab", "review", "list", "--status", "approved")).as(err.toString()).isZero();
    assertThat(out.toString())
        .containsPattern("HTA\\s+\\(any\\)\\s+320128\\s+APPROVED\\s+EQUAL\\s+ana\\s+ok, checked")
        .contains("1 decisions");

    Path exported = dir.resolve("out.csv");
    assertThat(run("vocab", "review", "export", "--usagi", exported.toString()))
        .as(err.toString())
        .isZero();
    assertThat(Files.readString(exported, StandardCharsets.UTF_8))
        .contains(
            "hta,HTA,0,,,1.00,APPROVED,EQUAL,ana,1700000000000,320128,Essential hypertension");
  }

  @Test
  void failsWithTheLineOfAnUnknownConcept() throws Exception {
    Path file = dir.resolve("bad.csv");
    Files.writeString(
        file,
        HEADER + "dm,DM,1,,1.00,APPROVED,EQUAL,ana,0,201826,x,Condition,MAPS_TO,,ana,0,\r\n",
        StandardCharsets.UTF_8);

    assertThat(run("vocab", "review", "import", "--usagi", file.toString())).isEqualTo(1);
    assertThat(err.toString())
        .contains(file + " was not imported: 1 error, nothing was written")
        .contains(file + ":2: concept 201826 does not exist in cdm.concept");
  }

  @Test
  void rejectsAnUnknownStatusAndAMissingFile() {
    assertThat(run("vocab", "review", "list", "--status", "DONE")).isEqualTo(1);
    assertThat(err.toString()).contains("unknown mapping status 'DONE'");
    assertThat(run("vocab", "review", "import", "--usagi", "no/such.csv")).isEqualTo(1);
    assertThat(err.toString()).contains("no/such.csv does not exist");
  }
}
