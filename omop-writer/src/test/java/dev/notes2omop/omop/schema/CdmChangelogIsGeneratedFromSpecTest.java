package dev.notes2omop.omop.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The committed CDM changelog is what the generator makes of the specification CSV. With {@code
 * -Dnotes2omop.regenerate-changelog=true} it rewrites the committed files instead.
 */
class CdmChangelogIsGeneratedFromSpecTest {

  private static final Path RESOURCES = Path.of("src/main/resources");

  @Test
  void committedChangelogMatchesTheSpecification() throws IOException {
    CdmSpec spec = CdmSpec.fromSharedDirectory();
    if (Boolean.getBoolean("notes2omop.regenerate-changelog")) {
      CdmChangelogGenerator.write(spec, RESOURCES);
    }
    for (Map.Entry<String, String> file : CdmChangelogGenerator.generate(spec).entrySet()) {
      Path committed = RESOURCES.resolve(file.getKey());
      assertThat(committed).exists();
      assertThat(Files.readString(committed, StandardCharsets.UTF_8))
          .as(
              "%s is stale: regenerate it (see CdmChangelogGenerator) with"
                  + " -Dnotes2omop.regenerate-changelog=true",
              file.getKey())
          .isEqualTo(file.getValue());
    }
  }

  @Test
  void specificationHasAllTablesAndFields() throws IOException {
    CdmSpec spec = CdmSpec.fromSharedDirectory();
    assertThat(spec.tables()).hasSize(39);
    assertThat(spec.tables().values().stream().mapToInt(java.util.List::size).sum()).isEqualTo(432);
    assertThat(spec.tables().get("note_nlp"))
        .extracting(CdmSpec.Field::name)
        .contains("offset", "lexical_variant");
  }
}
