package dev.notes2omop.plugin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The zero-configuration demo, on its own embedded PostgreSQL, as a newcomer runs it. */
class DemoCommandIT {

  @Test
  void runsTheWholePathOnTheEmbeddedDatabaseAndPrintsASummary(@TempDir Path dataDir) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));

    int exit =
        commandLine.execute(
            "demo", "--data-dir", dataDir.toString(), "--embedded-port", "0", "--db-url", "");

    assertThat(exit).as(err.toString()).isZero();
    String printed = out.toString();
    assertThat(printed)
        .contains("Rows per table:", "Mentions per assertion:", "Most frequent unmapped terms:")
        .contains("psql -h localhost -p ");
    assertThat(countOf(printed, "notes written")).isGreaterThanOrEqualTo(20);
    assertThat(countOf(printed, "condition_occurrence")).isPositive();
    assertThat(countOf(printed, "measurement")).isPositive();
    assertThat(countOf(printed, "drug_exposure")).isPositive();
    assertThat(countOf(printed, "parked notes waiting")).isEqualTo(1);
    assertThat(printed).contains("90-problemas.ndjson:");
    // the shipped model tags the sample notes, not the dictionary baseline
    assertThat(printed).contains("Tagger: notes2omop-es-bilstm-");
    assertThat(dataDir.resolve("postgres")).isDirectory();
  }

  /** The number printed after {@code label} on its line of the summary. */
  private static long countOf(String printed, String label) {
    for (String line : printed.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.startsWith(label + " ")) {
        return Long.parseLong(trimmed.substring(label.length()).strip().replace(",", ""));
      }
    }
    throw new AssertionError("no line '" + label + "' in:\n" + printed);
  }
}
