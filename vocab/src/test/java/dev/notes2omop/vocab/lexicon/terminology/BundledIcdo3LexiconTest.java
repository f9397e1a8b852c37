package dev.notes2omop.vocab.lexicon.terminology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.notes2omop.core.nlp.TextFolding;
import dev.notes2omop.vocab.lexicon.Lexicon;
import dev.notes2omop.vocab.lexicon.LexiconEntry;
import dev.notes2omop.vocab.testing.SampleVocabularies;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The bundled {@code lexicon/es-icdo3.tsv} is what {@code vocab lexicon import --cie-o} makes from
 * {@code ../shared/data/terminologies/cie-o-3.1-morfologia-es.tsv} with the mapping sets excluded
 * (the command in docs/lexicons.md): it fails when the file is stale or edited by hand.
 */
class BundledIcdo3LexiconTest {

  private static final Path MAPPING = Path.of("src/test/resources/mapping");

  @Test
  void bundledSectionIsGeneratedFromTheCieOTables() throws IOException {
    Path cieO =
        SampleVocabularies.root().getParent().resolve("terminologies/cie-o-3.1-morfologia-es.tsv");
    Set<String> excluded = new HashSet<>();
    Lexicon.bundledSpanish().entries().forEach(e -> excluded.add(e.key()));
    for (String set : List.of("es-mapping-set.tsv", "es-mapping-tune.tsv")) {
      for (String line : Files.readAllLines(MAPPING.resolve(set), StandardCharsets.UTF_8)) {
        if (!line.isBlank() && !line.startsWith("#")) {
          excluded.add(TextFolding.key(line.split("\t", 2)[0]));
        }
      }
    }

    CieOLexicon.Result generated =
        CieOLexicon.build(CieOLexicon.read(cieO), excluded, "es-icdo3.tsv");

    assertThat(Lexicon.bundledIcdo3().entries())
        .extracting(LexiconEntry::term, LexiconEntry::conceptCode, LexiconEntry::note)
        .containsExactlyElementsOf(
            generated.entries().stream()
                .map(e -> tuple(e.term(), e.conceptCode(), e.note()))
                .toList());
  }

  @Test
  void bundledSectionKeepsTheNoticeAndHasNoProblemOfItsOwnOrWithTheHandWrittenLexicon()
      throws IOException {
    try (var in = Lexicon.class.getResourceAsStream("/lexicon/es-icdo3.tsv")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(text).contains("© World Health Organization", "© Ministerio de Sanidad");
    }
    assertThat(Lexicon.bundled().validate().problems()).isEmpty();
    assertThat(Lexicon.bundledIcdo3().entries())
        .allSatisfy(
            e -> {
              assertThat(e.vocabularyId()).isEqualTo("ICDO3");
              assertThat(e.conceptCode()).matches("\\d{4}/\\d");
              assertThat(e.needsFullVocabularies()).isTrue();
            });
  }
}
