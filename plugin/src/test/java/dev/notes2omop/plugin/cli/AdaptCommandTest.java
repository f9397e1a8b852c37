package dev.notes2omop.plugin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.notes2omop.tagger.neural.ModelPackage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code notes2omop adapt}: its errors, and one short run from the shipped model on a few notes
 * (the learning itself is {@code SelfTrainingTest}'s, in the trainer).
 */
class AdaptCommandTest {

  private record Run(int exit, String out, String err) {}

  private static Run adapt(String... args) {
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(stdout));
    commandLine.setErr(new PrintWriter(stderr));
    String[] all = new String[args.length + 1];
    all[0] = "adapt";
    System.arraycopy(args, 0, all, 1, args.length);
    int exit = commandLine.execute(all);
    return new Run(exit, stdout.toString(), stderr.toString());
  }

  @Test
  void aMissingNotesFileIsAUsageError(@TempDir Path dir) {
    Path absent = dir.resolve("absent.jsonl");
    Run run = adapt("--notes", absent.toString(), "--out", dir.resolve("m").toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--notes " + absent + " is not a file");
    assertThat(dir.resolve("m")).doesNotExist();
  }

  @Test
  void aFromThatIsNoModelPackageIsRefusedBeforeAnyWork(@TempDir Path dir) throws IOException {
    Path notes = dir.resolve("notes.jsonl");
    Files.writeString(notes, "{\"id\":\"a\",\"text\":\"Fiebre.\"}\n");
    Run run =
        adapt(
            "--notes",
            notes.toString(),
            "--from",
            dir.toString(),
            "--out",
            dir.resolve("m").toString());
    assertThat(run.exit()).isNotZero();
    assertThat(run.err()).contains("not a model package");
  }

  @Test
  void adaptsTheShippedModelToTheNotesAndWritesAPackageAndItsReport(@TempDir Path dir)
      throws IOException {
    Path notes = dir.resolve("notes.jsonl");
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      lines.add(
          "{\"id\":\"n"
              + i
              + "\",\"text\":\"Paciente con hepatitis y anemia. Se pautó omeprazol y se realizó"
              + " una colonoscopia. Evolución favorable.\"}");
    }
    lines.add("not json");
    Files.write(notes, lines, StandardCharsets.UTF_8);
    Path out = dir.resolve("adapted");
    Run run =
        adapt(
            "--notes",
            notes.toString(),
            "--out",
            out.toString(),
            "--records",
            "150",
            "--epochs",
            "1",
            "--rounds",
            "2");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).contains(notes + ":31: not a {\"id\",\"text\"} JSON object (skipped)");
    assertThat(run.out())
        .contains("30 notes to adapt to (1 bad lines skipped)")
        .contains("Starting from notes2omop-es-bilstm-default-run")
        .contains("== self-training round 1/2: 30 notes")
        .contains("== self-training round 2/2: 30 notes")
        .contains("Adapted model notes2omop-es-bilstm-adapted");
    try (ModelPackage adapted = ModelPackage.load(out)) {
      assertThat(adapted.manifest().metrics().get("silver_records")).isEqualTo(30.0);
    }
    JsonNode report = new ObjectMapper().readTree(out.resolve("training-report.json").toFile());
    assertThat(report.path("iterations")).hasSize(2);
  }
}
