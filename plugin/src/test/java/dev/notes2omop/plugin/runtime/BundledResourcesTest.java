package dev.notes2omop.plugin.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BundledResourcesTest {

  @ParameterizedTest
  @ValueSource(strings = {"sample-vocab", "demo/notes"})
  void indexListsEveryBundledFile(String folder) throws IOException {
    Path source = Path.of("src/main/resources", folder);
    List<String> onDisk;
    try (Stream<Path> files = Files.walk(source)) {
      onDisk =
          files
              .filter(Files::isRegularFile)
              .map(f -> source.relativize(f).toString())
              .filter(f -> !f.equals("index.txt") && !f.endsWith(".md"))
              .sorted()
              .toList();
    }
    assertThat(BundledResources.list(folder)).containsExactlyInAnyOrderElementsOf(onDisk);
  }

  @Test
  void extractsTheSampleVocabulary(@TempDir Path tmp) throws IOException {
    Path target = BundledResources.extract("sample-vocab", tmp);

    assertThat(target.resolve("synthea27nj/CONCEPT.csv")).isNotEmptyFile();
    assertThat(Files.readAllLines(target.resolve("gibleed/concept.csv"))).hasSize(437);
  }
}
