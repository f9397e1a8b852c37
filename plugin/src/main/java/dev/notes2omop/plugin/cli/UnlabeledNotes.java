package dev.notes2omop.plugin.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.notes2omop.fhir.FhirItem;
import dev.notes2omop.fhir.FhirResourceReader;
import dev.notes2omop.fhir.bulk.BulkFileReader;
import dev.notes2omop.trainer.data.UnlabeledNote;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Reads unlabeled notes for {@code train --unlabeled} and {@code adapt}: {@code {"id","text"}} JSON
 * lines, or FHIR exports (NDJSON of resources, or one Bundle per {@code .json} file) whose
 * DocumentReferences give the notes; gzip allowed. A file is FHIR when its name ends in {@code
 * .ndjson} or {@code .json} (before {@code .gz}), or its first line names a {@code resourceType}.
 * Bad lines are reported by file and line and skipped.
 */
final class UnlabeledNotes {

  private static final ObjectMapper JSON = new ObjectMapper();

  private UnlabeledNotes() {}

  /** The notes read and the lines skipped. */
  record Read(List<UnlabeledNote> notes, long skipped) {}

  /**
   * @param limit the most notes to read, or null for all
   * @param err where bad lines are reported
   * @throws IOException when a file cannot be read
   */
  static Read read(List<Path> files, Integer limit, PrintWriter err) throws IOException {
    List<UnlabeledNote> notes = new ArrayList<>();
    long[] skipped = {0};
    for (Path file : files) {
      if (limit != null && notes.size() >= limit) {
        break;
      }
      if (isFhir(file)) {
        new BulkFileReader(new FhirResourceReader())
            .read(
                file,
                located -> {
                  if (limit != null && notes.size() >= limit) {
                    return;
                  }
                  if (located.item() instanceof FhirItem.NoteItem n) {
                    if (!n.note().text().isBlank()) {
                      notes.add(new UnlabeledNote(n.note().resourceId(), n.note().text()));
                    }
                  } else if (located.item() instanceof FhirItem.SkippedItem) {
                    skipped[0]++;
                    err.println(located.location() + ": not a readable note (skipped)");
                  }
                });
        continue;
      }
      try (BufferedReader in = open(file)) {
        int number = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          number++;
          if (line.isBlank()) {
            continue;
          }
          if (limit != null && notes.size() >= limit) {
            break;
          }
          JsonNode node;
          try {
            node = JSON.readTree(line);
          } catch (IOException e) {
            node = null;
          }
          if (node == null || !node.path("id").isTextual() || !node.path("text").isTextual()) {
            skipped[0]++;
            err.println(file + ":" + number + ": not a {\"id\",\"text\"} JSON object (skipped)");
            continue;
          }
          notes.add(new UnlabeledNote(node.get("id").asText(), node.get("text").asText()));
        }
      }
    }
    err.flush();
    return new Read(notes, skipped[0]);
  }

  /** Whether {@code file} holds FHIR resources rather than {@code {"id","text"}} lines. */
  static boolean isFhir(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    if (name.endsWith(".ndjson") || name.endsWith(".json")) {
      return true;
    }
    try (BufferedReader in = open(file)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) {
          return line.contains("\"resourceType\"");
        }
      }
    }
    return false;
  }

  private static BufferedReader open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    try {
      if (file.getFileName().toString().endsWith(".gz")) {
        in = new GZIPInputStream(in, 64 * 1024);
      }
    } catch (IOException e) {
      in.close();
      throw e;
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }
}
