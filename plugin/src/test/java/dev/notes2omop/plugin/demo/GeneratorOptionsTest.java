package dev.notes2omop.plugin.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GeneratorOptionsTest {

  @Test
  void readsAllFourOptions() {
    GeneratorOptions options =
        GeneratorOptions.parse(
            new String[] {
              "--out", "c.ndjson.gz", "--seed", "-3", "--notes", "1_000", "--patients", "9"
            });

    assertThat(options).isEqualTo(new GeneratorOptions(1_000, 9, -3, Path.of("c.ndjson.gz")));
  }

  @Test
  void returnsNullForHelp() {
    assertThat(GeneratorOptions.parse(new String[] {"--help"})).isNull();
  }

  @Test
  void rejectsAMissingOption() {
    assertThatThrownBy(() -> GeneratorOptions.parse(new String[] {"--notes", "5"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("are all required");
  }

  @Test
  void rejectsAnUnknownOptionByName() {
    assertThatThrownBy(() -> GeneratorOptions.parse(new String[] {"--notas", "5"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unknown option --notas");
  }

  @Test
  void rejectsANegativeCount() {
    assertThatThrownBy(
            () ->
                GeneratorOptions.parse(
                    new String[] {"--notes", "-1", "--patients", "1", "--seed", "1", "--out", "x"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--notes is -1: give a count from 0 to 2147483647");
  }

  @Test
  void rejectsASeedThatIsNotANumber() {
    assertThatThrownBy(() -> GeneratorOptions.parse(new String[] {"--seed", "abc"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--seed is abc: give a whole number");
  }
}
