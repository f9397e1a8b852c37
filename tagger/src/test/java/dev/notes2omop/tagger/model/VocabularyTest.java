package dev.notes2omop.tagger.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VocabularyTest {

  private static Vocabulary sample() {
    Vocabulary.Builder b = Vocabulary.builder();
    for (String w : "de de de fiebre tos tos niega niega ñandú 😷 😷 rara".split(" ")) {
      b.add(w);
    }
    return b.build(2);
  }

  @Test
  void ordersByCountThenTextAndKeepsReservedIds() {
    Vocabulary v = sample();
    assertThat(v.size()).isEqualTo(6);
    assertThat(v.entry(Vocabulary.PAD_ID)).isEqualTo(Vocabulary.PAD);
    assertThat(v.entry(Vocabulary.UNK_ID)).isEqualTo(Vocabulary.UNK);
    assertThat(v.id("de")).isEqualTo(2);
    assertThat(v.id("niega")).isEqualTo(3);
    assertThat(v.id("tos")).isEqualTo(4);
    assertThat(v.id("😷")).isEqualTo(5);
    assertThat(v.count(2)).isEqualTo(3);
    // seen once: below min count
    assertThat(v.id("fiebre")).isEqualTo(Vocabulary.UNK_ID);
    assertThat(v.contains("rara")).isFalse();
    assertThat(v.id("nunca")).isEqualTo(Vocabulary.UNK_ID);
  }

  @Test
  void savesAndLoadsTheSameIds(@TempDir Path dir) throws IOException {
    Vocabulary v = sample();
    Path file = dir.resolve("words.vocab");
    v.save(file);
    assertThat(Files.readAllLines(file, StandardCharsets.UTF_8))
        .startsWith("# notes2omop vocabulary v1 min-count=2", "de\t3");
    Vocabulary loaded = Vocabulary.load(file);
    assertThat(loaded).isEqualTo(v);
    assertThat(loaded.id("😷")).isEqualTo(5);
    assertThat(loaded.minCount()).isEqualTo(2);
  }

  @Test
  void rejectsBadEntriesAndFiles(@TempDir Path dir) throws IOException {
    assertThatThrownBy(() -> Vocabulary.builder().add("a\tb"))
        .hasMessageContaining("without tabs or line breaks");
    Path file = dir.resolve("bad.vocab");
    Files.writeString(file, "de\t3\n");
    assertThatThrownBy(() -> Vocabulary.load(file))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("is not a vocabulary file");
    Files.writeString(file, "# notes2omop vocabulary v1 min-count=1\nde\t3\nde\t2\n");
    assertThatThrownBy(() -> Vocabulary.load(file)).hasMessageContaining("duplicate");
    Files.writeString(file, "# notes2omop vocabulary v1 min-count=1\nde 3\n");
    assertThatThrownBy(() -> Vocabulary.load(file)).hasMessageContaining("line 2");
  }
}
