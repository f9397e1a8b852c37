package dev.notes2omop.vocab.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.notes2omop.vocab.ConceptDictionary;
import dev.notes2omop.vocab.LexiconReport;
import dev.notes2omop.vocab.testing.SampleVocabularies;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lexicons checked against the two Eunomia sample vocabularies. */
class LexiconSamplesTest {

  @TempDir Path temp;

  private static LexiconReport check(Lexicon lexicon) {
    return ConceptDictionary.load(
            SampleVocabularies.loadedDatabase(), SampleVocabularies.CDM, lexicon)
        .lexiconReport();
  }

  @Test
  void bundledLexiconHasNoErrorAndEveryCodeOutsideTheMarkedSectionResolves() {
    Lexicon bundled = Lexicon.bundledSpanish();

    LexiconReport report = check(bundled);

    assertThat(report.errors()).isEmpty();
    Set<String> resolvedSources =
        report.resolved().stream().map(r -> r.entry().source()).collect(Collectors.toSet());
    assertThat(bundled.entries())
        .filteredOn(e -> !e.needsFullVocabularies())
        .allSatisfy(e -> assertThat(resolvedSources).as(e.source()).contains(e.source()));
    assertThat(report.unresolved())
        .isNotEmpty()
        .allSatisfy(u -> assertThat(u.entry().needsFullVocabularies()).isTrue());
    assertThat(report.problems())
        .filteredOn(p -> p.kind() == LexiconProblem.Kind.DOMAIN_MISMATCH)
        .isEmpty();
  }

  @Test
  void cieOSectionGivesOnlyWarningsWithoutIcdo3AndItsTermsAreStillTagged() {
    LexiconReport report =
        ConceptDictionary.load(
                SampleVocabularies.loadedDatabase(), SampleVocabularies.CDM, Lexicon.bundled())
            .lexiconReport();

    assertThat(report.errors()).isEmpty();
    assertThat(report.unresolved())
        .filteredOn(u -> u.entry().vocabularyId().equals("ICDO3"))
        .hasSize(Lexicon.bundledIcdo3().size());
    assertThat(
            ConceptDictionary.load(
                    SampleVocabularies.loadedDatabase(), SampleVocabularies.CDM, Lexicon.bundled())
                .taggerTerms())
        .anySatisfy(
            t -> {
              assertThat(t.term()).isEqualTo("adenocarcinoma");
              assertThat(t.conceptId()).isZero();
            });
  }

  @Test
  void siteLexiconGetsEveryProblemWithItsLine() throws IOException {
    Path file = temp.resolve("site.tsv");
    Files.writeString(
        file,
        "# a site's lexicon\n"
            + "term\tlanguage\tvocabulary_id\tconcept_code\tdomain\tnote\n"
            + "tensión arterial alta\tes\tSNOMED\t59621000\tCondition\t\n"
            + "hemoglobina\tes\tLOINC\n"
            + "tension arterial alta\tes\tSNOMED\t59621000\tCondition\t\n"
            + "TENSIÓN ARTERIAL ALTA\tes\tSNOMED\t44054006\tCondition\t\n"
            + "enfermedad inventada\tes\tSNOMED\t999999999\tCondition\t\n"
            + "prediabetes\tes\tSNOMED\t15777000\tCondition\t\n"
            + "glucemia capilar\tes\tLOINC\t2339-0\tCondition\t\n"
            + "fármaco futuro\tes\tRxNorm\t99999999\tDrug\tfull vocabularies: not yet in RxNorm\n",
        StandardCharsets.UTF_8);

    LexiconReport report = check(Lexicon.readLenient(file));

    assertThat(report.errors())
        .extracting(LexiconProblem::kind, LexiconProblem::source)
        .containsExactly(
            tuple(LexiconProblem.Kind.MALFORMED, file + ":4"),
            tuple(LexiconProblem.Kind.CONFLICT, file + ":6"),
            tuple(LexiconProblem.Kind.UNKNOWN_CODE, file + ":7"));
    assertThat(report.problems())
        .filteredOn(p -> !p.isError())
        .extracting(LexiconProblem::kind, LexiconProblem::source)
        .containsExactly(
            tuple(LexiconProblem.Kind.DUPLICATE, file + ":5"),
            tuple(LexiconProblem.Kind.NOT_STANDARD, file + ":8"),
            tuple(LexiconProblem.Kind.DOMAIN_MISMATCH, file + ":9"),
            tuple(LexiconProblem.Kind.UNKNOWN_CODE, file + ":10"));
    assertThat(report.errors().get(2))
        .hasToString(
            file
                + ":7: 'enfermedad inventada': no concept SNOMED/999999999 in the loaded"
                + " vocabulary");
    assertThat(report.problems())
        .filteredOn(p -> p.kind() == LexiconProblem.Kind.DOMAIN_MISMATCH)
        .singleElement()
        .extracting(LexiconProblem::message)
        .asString()
        .endsWith("of domain Measurement, not Condition");
    assertThat(report.hasErrors()).isTrue();
  }
}
