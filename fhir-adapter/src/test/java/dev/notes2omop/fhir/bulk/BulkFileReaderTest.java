package dev.notes2omop.fhir.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes2omop.core.pipeline.SkipReason;
import dev.notes2omop.fhir.FhirItem.NoteItem;
import dev.notes2omop.fhir.FhirItem.PersonItem;
import dev.notes2omop.fhir.FhirItem.SkippedItem;
import dev.notes2omop.fhir.FhirResourceReader;
import dev.notes2omop.fhir.Fixtures;
import dev.notes2omop.fhir.ReaderLimits;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulkFileReaderTest {

  private final BulkFileReader reader = new BulkFileReader(new FhirResourceReader());

  @TempDir Path dir;

  private List<LocatedItem> readAll(BulkFileReader bulk, Path file) throws IOException {
    List<LocatedItem> items = new ArrayList<>();
    bulk.read(file, items::add);
    return items;
  }

  @Test
  void readsNdjsonLineByLineReportingAMalformedLineWithFileAndLineAndGoingOn() throws IOException {
    Path file = Fixtures.path("bulk/notes.ndjson");

    List<LocatedItem> items = readAll(reader, file);

    assertThat(items).extracting(LocatedItem::line).containsExactly(1L, 2L, 3L, 5L);
    assertThat(items.get(0).item()).isInstanceOf(PersonItem.class);
    assertThat(items.get(1).item()).isInstanceOf(NoteItem.class);
    assertThat(items.get(1).item().resourceId()).isEqualTo("DocumentReference/nota-3001");
    LocatedItem bad = items.get(2);
    assertThat(bad.item()).isInstanceOf(SkippedItem.class);
    assertThat(((SkippedItem) bad.item()).reason()).isEqualTo(SkipReason.INVALID_JSON);
    assertThat(((SkippedItem) bad.item()).skipped().detail()).doesNotContain("lumbar");
    assertThat(bad.location()).isEqualTo(file + ":3");
    assertThat(items.get(3).item().resourceId()).isEqualTo("DocumentReference/nota-3003");
  }

  @Test
  void readsGzipNdjsonByName() throws IOException {
    List<LocatedItem> items = readAll(reader, Fixtures.path("bulk/notes.ndjson.gz"));

    assertThat(items)
        .extracting(item -> item.item().resourceId())
        .containsExactly("DocumentReference/nota-4001", "DocumentReference/nota-4002");
    assertThat(((NoteItem) items.get(0).item()).note().text())
        .isEqualTo("Anemia ferropénica. Hemoglobina 9,8 g/dl.");
  }

  @Test
  void detectsGzipByMagicBytesWhenTheNameDoesNotSaySo() throws IOException {
    Path file = dir.resolve("export.ndjson");
    Files.copy(Fixtures.path("bulk/notes.ndjson.gz"), file);

    assertThat(readAll(reader, file)).hasSize(2).allMatch(item -> item.item() instanceof NoteItem);
  }

  @Test
  void readsAJsonFileAsOneBundle() throws IOException {
    List<LocatedItem> items = readAll(reader, Fixtures.path("bundle-transaction.json"));

    assertThat(items).hasSize(4).allMatch(item -> item.line() == 1);
    assertThat(items.get(1).item().resourceId()).isEqualTo("DocumentReference/nota-2002");
  }

  @Test
  void skipsAnOversizeLineAndReadsTheNextOne() throws IOException {
    String small = "{\"resourceType\":\"Patient\",\"id\":\"p-1\",\"gender\":\"female\"}";
    String big = Fixtures.json("documentreference-plain.json").replace("\n", "");
    Path file = dir.resolve("mixed.ndjson");
    Files.writeString(file, big + "\r\n" + small + "\r\n", StandardCharsets.UTF_8);
    BulkFileReader limited =
        new BulkFileReader(new FhirResourceReader(new ReaderLimits(1000, 200)));

    List<LocatedItem> items = readAll(limited, file);

    assertThat(items).hasSize(2);
    assertThat(((SkippedItem) items.get(0).item()).reason()).isEqualTo(SkipReason.TOO_LARGE);
    assertThat(items.get(0).line()).isEqualTo(1);
    assertThat(items.get(1).item()).isInstanceOf(PersonItem.class);
    assertThat(items.get(1).line()).isEqualTo(2);
  }

  @Test
  void readsTheLastLineWithoutNewlineAndIgnoresAByteOrderMark() throws IOException {
    Path file = dir.resolve("bom.ndjson");
    Files.write(
        file,
        ("\uFEFF{\"resourceType\":\"Patient\",\"id\":\"p-1\"}\n"
                + "{\"resourceType\":\"Patient\",\"id\":\"p-2\"}")
            .getBytes(StandardCharsets.UTF_8));

    List<LocatedItem> items = readAll(reader, file);

    assertThat(items)
        .extracting(item -> item.item().resourceId())
        .containsExactly("Patient/p-1", "Patient/p-2");
  }

  @Test
  void streamsAFileOfManyLinesHandingOverEachItemInOrder() throws IOException {
    Path file = dir.resolve("many.ndjson.gz");
    int count = 5_000;
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      for (int i = 0; i < count; i++) {
        out.write(
            ("{\"resourceType\":\"Patient\",\"id\":\"p-" + i + "\"}\n")
                .getBytes(StandardCharsets.UTF_8));
      }
    }
    List<String> ids = new ArrayList<>();

    reader.read(file, item -> ids.add(item.item().resourceId()));

    assertThat(ids).hasSize(count).startsWith("Patient/p-0").endsWith("Patient/p-4999");
  }

  @Test
  void failsWithIoExceptionOnATruncatedGzipFile() throws IOException {
    byte[] gzip = Files.readAllBytes(Fixtures.path("bulk/notes.ndjson.gz"));
    Path file = dir.resolve("cut.ndjson.gz");
    Files.write(file, Arrays.copyOf(gzip, gzip.length - 12));

    assertThatThrownBy(() -> reader.read(file, item -> {})).isInstanceOf(IOException.class);
  }
}
