package dev.notes2omop.trainer.synth.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @Test
  void replacesAFileWhole(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("train.jsonl");
    Files.writeString(file, "old\n");

    AtomicFiles.write(file, out -> out.write("new\n"));

    assertThat(file).hasContent("new");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void leavesTheOldFileAndNoHalfFileWhenWritingFails(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("train.jsonl");
    Files.writeString(file, "old\n");

    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    file,
                    out -> {
                      out.write("half a line");
                      throw new IOException("disk full");
                    }))
        .hasMessage("disk full");

    assertThat(file).hasContent("old");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }
}
