package dev.notes2omop.vocab.lexicon.terminology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.notes2omop.vocab.lexicon.Lexicon;
import dev.notes2omop.vocab.lexicon.LexiconEntry;
import dev.notes2omop.vocab.lexicon.LexiconWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CieOLexiconTest {

  @TempDir Path temp;

  private static final List<CieOCode> CODES =
      List.of(
          new CieOCode("8140/3", "Adenocarcinoma, SAI", "Adenocarcinoma, SAI"),
          new CieOCode(
              "8140/32",
              "Adenocarcinoma, SAI - grado II, moderadamente diferenciado",
              "Adenocarcinoma, SAI - G2"),
          new CieOCode("8070/3", "Carcinoma epidermoide, SAI", "Ca epidermoide, SAI"),
          new CieOCode("8071/3", "Carcinoma epidermoide", "Ca epidermoide queratinizante"));

  @Test
  void keysGradedTermsToTheirHistologyAndMarksThemForFullVocabularies() {
    CieOLexicon.Result result = CieOLexicon.build(CODES, Set.of(), "es-icdo3.tsv");

    assertThat(result.entries())
        .extracting(LexiconEntry::term, LexiconEntry::vocabularyId, LexiconEntry::conceptCode)
        .containsExactly(
            tuple("adenocarcinoma", "ICDO3", "8140/3"),
            tuple("adenocarcinoma moderadamente diferenciado", "ICDO3", "8140/3"),
            tuple("carcinoma epidermoide", "ICDO3", "8070/3"),
            tuple("Ca epidermoide", "ICDO3", "8070/3"));
    assertThat(result.entries()).allSatisfy(e -> assertThat(e.needsFullVocabularies()).isTrue());
    assertThat(result.entries()).allSatisfy(e -> assertThat(e.domainId()).isEqualTo("Condition"));
    assertThat(result.entries().get(1).note()).contains("8140/32", "grade digit dropped");
    assertThat(result.shared()).isEqualTo(1); // "carcinoma epidermoide" of 8071/3
    assertThat(Lexicon.of(result.entries()).validate().problems()).isEmpty();
  }

  @Test
  void leavesOutExcludedTermsWhateverTheirCaseAndAccents() {
    CieOLexicon.Result result = CieOLexicon.build(CODES, Set.of("adenocarcinoma"), "es-icdo3.tsv");

    assertThat(result.entries()).extracting(LexiconEntry::term).doesNotContain("adenocarcinoma");
    assertThat(result.excluded()).isEqualTo(1);
  }

  @Test
  void readsTheMorphologyFileAndRejectsAMalformedLineWithItsNumber() throws IOException {
    Path file = temp.resolve("cieo.tsv");
    Files.writeString(
        file,
        "code\tdescription\tshort_description\n8140/3\tAdenocarcinoma, SAI\tAdenocarcinoma, SAI\n",
        StandardCharsets.UTF_8);
    assertThat(CieOLexicon.read(file)).containsExactly(CODES.get(0));

    Files.writeString(file, "code\tdescription\tshort_description\n8140-3\tx\ty\n");
    assertThatThrownBy(() -> CieOLexicon.read(file)).hasMessageContaining(file + ":2");
  }

  @Test
  void writtenEntriesReadBackAsTheSameLexicon() throws IOException {
    CieOLexicon.Result result = CieOLexicon.build(CODES, Set.of(), "out.tsv");
    Path out = temp.resolve("out.tsv");

    LexiconWriter.write(out, List.of("a comment", ""), result.entries());

    assertThat(Lexicon.read(out).entries())
        .extracting(LexiconEntry::term, LexiconEntry::conceptCode, LexiconEntry::note)
        .containsExactlyElementsOf(
            result.entries().stream()
                .map(e -> tuple(e.term(), e.conceptCode(), e.note()))
                .toList());
  }
}
