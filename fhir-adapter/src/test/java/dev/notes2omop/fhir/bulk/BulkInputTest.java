package dev.notes2omop.fhir.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulkInputTest {

  @TempDir Path dir;

  @Test
  void listsBulkFilesRecursivelyInSortedOrder() throws IOException {
    Files.createDirectories(dir.resolve("b/sub"));
    for (String name :
        new String[] {
          "b/sub/DocumentReference.ndjson.gz",
          "b/Patient.ndjson",
          "a.json",
          "c.JSON.GZ",
          "notes.txt",
          "b/sub/readme.md",
          "z.ndjson"
        }) {
      Files.writeString(dir.resolve(name), "{}");
    }

    assertThat(BulkInput.files(dir))
        .containsExactly(
            dir.resolve("a.json"),
            dir.resolve("b/Patient.ndjson"),
            dir.resolve("b/sub/DocumentReference.ndjson.gz"),
            dir.resolve("c.JSON.GZ"),
            dir.resolve("z.ndjson"));
  }

  @Test
  void takesAGivenFileWhateverItsName() throws IOException {
    Path file = Files.writeString(dir.resolve("export.txt"), "{}");

    assertThat(BulkInput.files(file)).containsExactly(file);
  }

  @Test
  void rejectsAMissingPathNamingIt() {
    Path missing = dir.resolve("no-such-export");

    assertThatThrownBy(() -> BulkInput.files(missing))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(missing.toString())
        .hasMessageContaining("does not exist");
  }
}
