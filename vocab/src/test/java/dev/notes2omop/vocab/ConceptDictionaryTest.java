package dev.notes2omop.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes2omop.core.mapping.MatchType;
import dev.notes2omop.core.nlp.DictionaryTerm;
import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.vocab.lexicon.Lexicon;
import dev.notes2omop.vocab.testing.SampleVocabularies;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConceptDictionaryTest {

  private static final int ESSENTIAL_HYPERTENSION = 320128;
  private static final int TRAUMATIC_BRAIN_INJURY = 4132546;
  private static final int BRAIN_DAMAGE_TRAUMATIC_NON_STANDARD = 4166590;

  private static ConceptDictionary dictionary;

  @BeforeAll
  static void load() {
    dictionary =
        ConceptDictionary.load(
            SampleVocabularies.loadedDatabase(), SampleVocabularies.CDM, Lexicon.bundledSpanish());
  }

  @Test
  void resolvesTheBundledLexiconAgainstTheTwoSamplesExceptConceptsTheyLack() {
    LexiconReport report = dictionary.lexiconReport();

    assertThat(report.warnings()).isEmpty();
    assertThat(report.resolved()).hasSizeGreaterThanOrEqualTo(865);
    assertThat(report.unresolved())
        .allSatisfy(u -> assertThat(u.entry().note()).contains("not in the sample vocabularies"))
        .allSatisfy(u -> assertThat(u.reason()).startsWith("no concept "));
    assertThat(report.resolved().size() + report.unresolved().size())
        .isEqualTo(Lexicon.bundledSpanish().size());
  }

  @Test
  void tagsALexiconTermWhoseConceptIsNotLoadedWithConceptZero() {
    assertThat(dictionary.taggerTerms())
        .contains(new DictionaryTerm("metformina", EntityLabel.DRUG, 0))
        .noneMatch(t -> t.term().equals("metformina") && t.conceptId() != 0);
  }

  @Test
  void reportsAnEntryWhoseCodeIsNotInTheVocabulary() {
    Lexicon lexicon =
        Lexicon.bundledSpanish()
            .plus(
                Lexicon.of(
                    java.util.List.of(
                        new dev.notes2omop.vocab.lexicon.LexiconEntry(
                            "enfermedad inventada",
                            "es",
                            "SNOMED",
                            "999999999",
                            null,
                            null,
                            "t.tsv:2"))));
    ConceptDictionary withUnknown =
        ConceptDictionary.load(SampleVocabularies.loadedDatabase(), "cdm", lexicon);

    assertThat(withUnknown.lexiconReport().unresolved())
        .filteredOn(u -> u.entry().term().equals("enfermedad inventada"))
        .singleElement()
        .hasToString(
            "t.tsv:2: 'enfermedad inventada' SNOMED/999999999: no concept SNOMED/999999999 in"
                + " the loaded vocabulary");
  }

  @Test
  void resolvesANonStandardCodeThroughMapsToKeepingTheSourceConcept() {
    var resolved =
        dictionary.lexiconReport().resolved().stream()
            .filter(r -> r.entry().term().equals("daño cerebral traumático"))
            .findFirst()
            .orElseThrow();

    assertThat(resolved.concept().conceptId()).isEqualTo(TRAUMATIC_BRAIN_INJURY);
    assertThat(resolved.sourceConceptId()).isEqualTo(BRAIN_DAMAGE_TRAUMATIC_NON_STANDARD);
    assertThat(dictionary.standardConcept(BRAIN_DAMAGE_TRAUMATIC_NON_STANDARD))
        .get()
        .extracting(Concept::conceptId)
        .isEqualTo(TRAUMATIC_BRAIN_INJURY);
    assertThat(dictionary.candidates("Brain damage - traumatic"))
        .first()
        .satisfies(
            c -> {
              assertThat(c.concept().conceptId()).isEqualTo(TRAUMATIC_BRAIN_INJURY);
              assertThat(c.sourceConceptId()).isEqualTo(BRAIN_DAMAGE_TRAUMATIC_NON_STANDARD);
              assertThat(c.matchType()).isEqualTo(MatchType.EXACT);
            });
  }

  @Test
  void offersLexiconTermsFirstAndConceptNamesOfFourCharactersOrMoreToTheTagger() {
    var terms = dictionary.taggerTerms();

    assertThat(terms.get(0).term()).isEqualTo("hipertensión arterial");
    assertThat(terms)
        .contains(
            new DictionaryTerm("HTA", EntityLabel.CONDITION, ESSENTIAL_HYPERTENSION),
            new DictionaryTerm(
                "Essential hypertension", EntityLabel.CONDITION, ESSENTIAL_HYPERTENSION),
            new DictionaryTerm("Acetaminophen", EntityLabel.DRUG, 1125315),
            new DictionaryTerm("TA", EntityLabel.MEASUREMENT, 40758413),
            new DictionaryTerm("daño cerebral traumático", EntityLabel.CONDITION, 4132546));
    assertThat(terms)
        .noneMatch(t -> t.term().equals("mmHg"))
        .noneMatch(t -> t.term().equals("Acetaminophen 325 MG Oral Tablet"))
        .noneMatch(t -> t.conceptId() == 0 && !isLexiconTerm(t.term()));
    assertThat(terms).allMatch(t -> t.term().strip().length() >= 4 || isLexiconTerm(t.term()));
  }

  private static boolean isLexiconTerm(String term) {
    return Lexicon.bundledSpanish().entries().stream().anyMatch(e -> e.term().equals(term));
  }

  @Test
  void findsUnitsByCodeWrittenFormAndCaseInsensitiveCode() {
    assertThat(dictionary.unitConceptId("mg/dL")).hasValue(8840);
    assertThat(dictionary.unitConceptId("mg/dl")).hasValue(8840);
    assertThat(dictionary.unitConceptId("MG/DL")).hasValue(8840);
    assertThat(dictionary.unitConceptId("mmHg")).hasValue(8876);
    assertThat(dictionary.unitConceptId("mm[Hg]")).hasValue(8876);
    assertThat(dictionary.unitConceptId("x10^3/µL")).hasValue(8848);
    assertThat(dictionary.unitConceptId("x10^3/μl")).hasValue(8848);
    assertThat(dictionary.unitConceptId("°C")).hasValue(586323);
    assertThat(dictionary.unitConceptId("lpm")).hasValue(8541);
    assertThat(dictionary.unitConceptId("K/uL")).as("non-standard code, Maps to").hasValue(8848);
    assertThat(dictionary.unitConceptId("furlongs")).isEmpty();
    assertThat(dictionary.unitConceptId(" ")).isEmpty();
  }

  @Test
  void hasNoOperatorConceptsWhenTheVocabularyHasNone() {
    assertThat(dictionary.operatorConceptId("<")).isEmpty();
  }
}
