package dev.notes2omop.vocab.lexicon.terminology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.notes2omop.vocab.ConceptDictionary;
import dev.notes2omop.vocab.LexiconReport;
import dev.notes2omop.vocab.lexicon.Lexicon;
import dev.notes2omop.vocab.lexicon.LexiconEntry;
import dev.notes2omop.vocab.lexicon.LexiconProblem;
import dev.notes2omop.vocab.lexicon.LexiconWriter;
import dev.notes2omop.vocab.testing.SampleVocabularies;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-made RF2 release under {@code src/test/resources/rf2/} (its README lists the rows). */
class SnomedRf2ImportTest {

  @TempDir Path temp;

  private static Path release() throws URISyntaxException {
    return Path.of(SnomedRf2ImportTest.class.getResource("/rf2/README.md").toURI()).getParent();
  }

  private static List<SnomedRf2Reader.Term> read(SnomedRf2Reader.Counts[] counts) throws Exception {
    List<SnomedRf2Reader.Term> terms = new ArrayList<>();
    counts[0] = SnomedRf2Reader.in(release()).read(terms::add);
    return terms;
  }

  @Test
  void readsActiveSynonymsThatALanguageRefsetAccepts() throws Exception {
    SnomedRf2Reader.Counts[] counts = new SnomedRf2Reader.Counts[1];

    List<SnomedRf2Reader.Term> terms = read(counts);

    assertThat(terms)
        .extracting(SnomedRf2Reader.Term::term, SnomedRf2Reader.Term::preferred)
        .containsExactly(
            tuple("hipertensión esencial", true),
            tuple("hipertensión arterial primaria", false),
            tuple("neumonitis infecciosa", true),
            tuple("enfermedad de prueba local", true),
            tuple("cuadro respiratorio", false),
            tuple("cuadro respiratorio", false));
    assertThat(counts[0])
        .isEqualTo(new SnomedRf2Reader.Counts(10, 1, 1, 2)); // 1000005 none, 1000006 inactive row
  }

  @Test
  void writesASiteLexiconWithTheLoadedVocabularysDomains() throws Exception {
    List<SnomedRf2Reader.Term> terms = read(new SnomedRf2Reader.Counts[1]);
    Set<String> codes =
        terms.stream().map(SnomedRf2Reader.Term::conceptId).collect(Collectors.toSet());
    Map<String, String> domains =
        new ConceptLookup(SampleVocabularies.loadedDatabase(), SampleVocabularies.CDM)
            .domains("SNOMED", codes);

    SnomedLexicon.Result result =
        SnomedLexicon.build(terms, domains, SnomedLexicon.DEFAULT_DOMAINS, "site.tsv");

    assertThat(domains).containsOnlyKeys("59621000", "233604007");
    assertThat(result.entries())
        .extracting(
            LexiconEntry::term,
            LexiconEntry::vocabularyId,
            LexiconEntry::conceptCode,
            LexiconEntry::domainId)
        .containsExactly(
            tuple("hipertensión esencial", "SNOMED", "59621000", "Condition"),
            tuple("hipertensión arterial primaria", "SNOMED", "59621000", "Condition"),
            tuple("neumonitis infecciosa", "SNOMED", "233604007", "Condition"),
            tuple("enfermedad de prueba local", "SNOMED", "999999991", null));
    assertThat(result.ambiguous()).isEqualTo(2);
    assertThat(result.unknownConcept()).isEqualTo(1);
    assertThat(result.entries().get(3).needsFullVocabularies()).isTrue();

    Path file = temp.resolve("site.tsv");
    LexiconWriter.write(file, List.of("test"), result.entries());
    LexiconReport report =
        ConceptDictionary.load(
                SampleVocabularies.loadedDatabase(), SampleVocabularies.CDM, Lexicon.read(file))
            .lexiconReport();
    assertThat(report.errors()).isEmpty();
    assertThat(report.resolved()).hasSize(3);
    assertThat(report.problems())
        .extracting(LexiconProblem::kind)
        .containsExactly(LexiconProblem.Kind.UNKNOWN_CODE);
  }

  @Test
  void leavesOutConceptsOfOtherDomains() throws Exception {
    List<SnomedRf2Reader.Term> terms = read(new SnomedRf2Reader.Counts[1]);

    SnomedLexicon.Result result =
        SnomedLexicon.build(
            terms,
            Map.of("59621000", "Condition", "233604007", "Spec Anatomic Site"),
            SnomedLexicon.DEFAULT_DOMAINS,
            "site.tsv");

    assertThat(result.entries())
        .extracting(LexiconEntry::conceptCode)
        .containsExactly("59621000", "59621000", "999999991");
    assertThat(result.otherDomain()).isEqualTo(1);
  }

  @Test
  void saysWhichFileIsMissing() {
    assertThatThrownBy(() -> SnomedRf2Reader.in(temp))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sct2_Description_Snapshot-es");
  }
}
