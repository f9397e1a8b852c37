package dev.notes2omop.fhir.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes2omop.fhir.FhirResourceReader;
import dev.notes2omop.fhir.Fixtures;
import dev.notes2omop.fhir.ReaderLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulkLinesTest {

  private final FhirResourceReader fhir = new FhirResourceReader();
  private final BulkLines lines = new BulkLines(fhir);

  @Test
  void givesTheSameLocatedItemsAsTheFileReader() throws IOException {
    for (String fixture :
        List.of("bulk/notes.ndjson", "bulk/notes.ndjson.gz", "bundle-transaction.json")) {
      Path file = Fixtures.path(fixture);
      List<LocatedItem> expected = new ArrayList<>();
      new BulkFileReader(fhir).read(file, expected::add);

      List<LocatedItem> actual = new ArrayList<>();
      try (InputStream in = Files.newInputStream(file)) {
        Iterator<RawLine> it = lines.lines(file.toString(), in);
        while (it.hasNext()) {
          actual.addAll(lines.parse(it.next()));
        }
      }

      assertThat(actual).as(fixture).isEqualTo(expected);
    }
  }

  @Test
  void reportsATooLongLineByItsNumberWithoutHoldingIt() throws IOException {
    BulkLines small =
        new BulkLines(
            new FhirResourceReader(new ReaderLimits(ReaderLimits.DEFAULT_MAX_NOTE_CHARS, 64)));
    String text = "{\"resourceType\":\"Patient\",\"id\":\"1\"}\n" + "x".repeat(500) + "\n";

    Iterator<RawLine> it =
        small.lines(
            "s3a://bucket/export.ndjson",
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    it.next();
    RawLine second = it.next();

    assertThat(second.tooLong()).isTrue();
    assertThat(second.number()).isEqualTo(2);
    assertThat(small.parse(second).get(0).location()).isEqualTo("s3a://bucket/export.ndjson:2");
    assertThat(it.hasNext()).isFalse();
  }
}
