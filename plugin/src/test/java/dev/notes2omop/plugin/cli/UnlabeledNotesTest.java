package dev.notes2omop.plugin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes2omop.trainer.data.UnlabeledNote;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading unlabeled notes: JSON lines, FHIR NDJSON, gzip, bad lines and the limit. */
class UnlabeledNotesTest {

  private static final String DOCUMENT =
      "{\"resourceType\":\"DocumentReference\",\"id\":\"%s\",\"status\":\"current\","
          + "\"subject\":{\"reference\":\"Patient/p1\"},\"date\":\"2024-01-02T10:00:00Z\","
          + "\"content\":[{\"attachment\":{\"contentType\":\"text/plain\",\"data\":\"%s\"}}]}";

  private static String document(String id, String text) {
    String data =
        java.util.Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    return String.format(DOCUMENT, id, data);
  }

  @Test
  void readsJsonLinesGzippedAndReportsABadLineByFileAndLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("notes.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(
          ("{\"id\":\"a\",\"text\":\"Fiebre.\"}\n\n{\"id\":1}\n{\"id\":\"b\",\"text\":\"Tos.\"}\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    StringWriter err = new StringWriter();
    UnlabeledNotes.Read read = UnlabeledNotes.read(List.of(file), null, new PrintWriter(err));
    assertThat(read.notes())
        .containsExactly(new UnlabeledNote("a", "Fiebre."), new UnlabeledNote("b", "Tos."));
    assertThat(read.skipped()).isEqualTo(1);
    assertThat(err.toString()).contains(file + ":3: not a {\"id\",\"text\"} JSON object");
  }

  @Test
  void readsTheDocumentReferencesOfAFhirExportAndStopsAtTheLimit(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("export.ndjson");
    Files.write(
        file,
        List.of(
            document("d1", "Paciente con disnea."),
            "{\"resourceType\":\"Patient\",\"id\":\"p1\",\"gender\":\"female\"}",
            document("d2", "Se pautó amoxicilina."),
            document("d3", "Sin cambios.")),
        StandardCharsets.UTF_8);
    StringWriter err = new StringWriter();
    UnlabeledNotes.Read read = UnlabeledNotes.read(List.of(file), 2, new PrintWriter(err));
    assertThat(read.notes())
        .extracting(UnlabeledNote::text)
        .containsExactly("Paciente con disnea.", "Se pautó amoxicilina.");
    assertThat(read.notes().get(0).id()).contains("d1");
    assertThat(UnlabeledNotes.isFhir(file)).isTrue();
  }
}
