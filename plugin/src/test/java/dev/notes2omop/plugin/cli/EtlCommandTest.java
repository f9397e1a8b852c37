package dev.notes2omop.plugin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The etl command's answers to fatal errors: exit code 1 and one clear line. */
class EtlCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }

  @Test
  void failsWithoutLeakingThePasswordWhenTheDatabaseIsUnreachable() {
    int exit =
        run(
            "etl",
            "--input",
            "src/test/resources/fhir",
            "--db-url",
            "jdbc:postgresql://127.0.0.1:1/omop?user=etl&password=s3cret");

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString())
        .startsWith(
            "notes2omop: cannot connect to PostgreSQL at jdbc:postgresql://127.0.0.1:1/omop")
        .doesNotContain("s3cret");
  }

  @Test
  void failsClearlyForAMissingInput() {
    int exit = run("etl", "--input", "does/not/exist.ndjson");

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString()).contains("does/not/exist.ndjson does not exist");
  }

  @Test
  void rejectsAMissingInputOptionAsAUsageError() {
    assertThat(run("etl")).isEqualTo(2);
    assertThat(err.toString()).contains("Missing required option: '--input=<input>'");
  }
}
