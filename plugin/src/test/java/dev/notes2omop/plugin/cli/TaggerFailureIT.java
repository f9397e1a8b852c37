package dev.notes2omop.plugin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.notes2omop.omop.testing.TestDatabase;
import dev.notes2omop.plugin.runtime.Taggers;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A note the model fails on (a scorer that returns NaN, injected through {@value
 * Taggers#FAULT_PROPERTY}) costs no other note: {@code tag} writes its line with an error and exits
 * 1, {@code etl} lists it as {@code FILE:LINE: DocumentReference/<id>: reason} and the next run
 * writes it, {@code demo} goes on and says so. ({@code serve}: TaggerFailureServeIT.)
 */
class TaggerFailureIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MARKER = "zzfallo";

  @TempDir Path dir;

  private StringWriter out;
  private StringWriter err;

  @AfterEach
  void noFault() {
    System.clearProperty(Taggers.FAULT_PROPERTY);
  }

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }

  @Test
  void tagWritesTheFailingLineWithAnErrorAndNoEntitiesTagsTheRestAndExitsOne() throws Exception {
    String url = TestDatabase.jdbcUrl(TestDatabase.freshDatabase());
    Path input = dir.resolve("notes.jsonl");
    Files.write(
        input,
        List.of(
            "{\"id\":\"a\",\"text\":\"Paciente con fiebre y neumonía. Se pauta amoxicilina.\"}",
            "{\"id\":\"b\",\"text\":\"Paciente con " + MARKER + " y neumonía.\"}",
            "{\"id\":\"c\",\"text\":\"Diabetes mellitus tipo 2 en tratamiento con metformina.\"}"),
        StandardCharsets.UTF_8);
    Path output = dir.resolve("tagged.jsonl");
    System.setProperty(Taggers.FAULT_PROPERTY, MARKER);

    int exit =
        run(
            "tag",
            "--input",
            input.toString(),
            "--output",
            output.toString(),
            "--threads",
            "2",
            "--db-url",
            url,
            "--data-dir",
            dir.resolve("data").toString());

    assertThat(exit).as(err.toString()).isEqualTo(1);
    List<JsonNode> lines = new ArrayList<>();
    for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
      lines.add(JSON.readTree(line));
    }
    assertThat(lines).extracting(n -> n.get("id").asText()).containsExactly("a", "b", "c");
    assertThat(lines.get(1).get("error").asText())
        .contains("failed twice, the second time with a fresh predictor")
        .contains("not finite");
    assertThat(lines.get(1).get("entities")).isEmpty();
    assertThat(lines.get(0).has("error")).isFalse();
    assertThat(lines.get(0).get("entities")).isNotEmpty();
    assertThat(lines.get(2).get("entities")).isNotEmpty();
    assertThat(err.toString()).contains("the tagger failed on 1 notes").contains("b: tagger ");
  }

  @Test
  void etlListsTheFailedNoteGoesOnAndTheNextRunWritesIt() throws Exception {
    DataSource db = TestDatabase.freshDatabase();
    String url = TestDatabase.jdbcUrl(db);
    Path input = dir.resolve("export.ndjson");
    Files.write(
        input,
        List.of(
            "{\"resourceType\":\"Patient\",\"id\":\"p1\",\"birthDate\":\"1960-01-01\"}",
            note("n1", "Paciente con neumonía. Se pauta amoxicilina."),
            note("n2", "Paciente con " + MARKER + " e hipertensión arterial."),
            note("n3", "Diabetes mellitus tipo 2 con metformina.")),
        StandardCharsets.UTF_8);
    String[] etl = {
      "etl", "--input", input.toString(), "--db-url", url, "--data-dir", dir.resolve("d").toString()
    };
    System.setProperty(Taggers.FAULT_PROPERTY, MARKER);

    int first = run(etl);

    assertThat(first).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains(input + ":3: DocumentReference/n2: tagger ")
        .contains("not finite")
        .contains("Failed notes were not written");
    assertThat(row(out.toString(), "failed")).isEqualTo(1);
    assertThat(row(out.toString(), "notes written")).isEqualTo(2);
    assertThat(notes(db)).containsExactly("DocumentReference/n1", "DocumentReference/n3");

    System.clearProperty(Taggers.FAULT_PROPERTY);
    int second = run(etl);

    assertThat(second).as(err.toString()).isZero();
    assertThat(row(out.toString(), "failed")).isZero();
    assertThat(row(out.toString(), "notes written")).isEqualTo(1);
    assertThat(row(out.toString(), "notes unchanged")).isEqualTo(2);
    assertThat(notes(db))
        .containsExactly("DocumentReference/n1", "DocumentReference/n2", "DocumentReference/n3");
  }

  @Test
  void etlStopsAsFatalWhenTheTaggerFailsOnEveryNote() throws Exception {
    String url = TestDatabase.jdbcUrl(TestDatabase.freshDatabase());
    Path input = dir.resolve("export.ndjson");
    Files.write(
        input,
        List.of(
            "{\"resourceType\":\"Patient\",\"id\":\"p1\",\"birthDate\":\"1960-01-01\"}",
            note("n1", "Paciente con " + MARKER + "."),
            note("n2", "Otro " + MARKER + " más.")),
        StandardCharsets.UTF_8);
    System.setProperty(Taggers.FAULT_PROPERTY, MARKER);

    int exit =
        run("etl", "--input", input.toString(), "--db-url", url, "--data-dir", dir.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString()).contains("the tagger failed on every note (2)");
  }

  @Test
  void demoGoesOnPastAFailedNoteAndSaysSo() {
    // carbamazepina is in one demo note only (doc-20)
    System.setProperty(Taggers.FAULT_PROPERTY, "carbamazepina");

    int exit =
        run(
            "demo",
            "--data-dir",
            dir.resolve("demo").toString(),
            "--embedded-port",
            "0",
            "--db-url",
            "");

    assertThat(exit).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("DocumentReference/doc-20: tagger ")
        .contains("Failed notes were not written");
    assertThat(row(out.toString(), "failed")).isEqualTo(1);
    assertThat(row(out.toString(), "notes written")).isGreaterThanOrEqualTo(19);
  }

  private static String note(String id, String text) {
    return "{\"resourceType\":\"DocumentReference\",\"id\":\""
        + id
        + "\",\"status\":\"current\",\"subject\":{\"reference\":\"Patient/p1\"},"
        + "\"date\":\"2024-03-01T10:00:00Z\",\"content\":[{\"attachment\":"
        + "{\"contentType\":\"text/plain\",\"data\":\""
        + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8))
        + "\"}}]}";
  }

  private static List<String> notes(DataSource db) throws Exception {
    List<String> found = new ArrayList<>();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT split_part(note_source_value, '/_history', 1) FROM cdm.note ORDER BY 1")) {
      while (r.next()) {
        found.add(r.getString(1));
      }
    }
    return found;
  }

  /** The number printed after {@code label} on its line of the report. */
  private static long row(String printed, String label) {
    for (String line : printed.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.startsWith(label + " ")) {
        return Long.parseLong(trimmed.substring(label.length()).strip().replace(",", ""));
      }
    }
    throw new AssertionError("no line '" + label + "' in:\n" + printed);
  }
}
