package dev.notes2omop.tagger.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.notes2omop.core.nlp.Assertion;
import dev.notes2omop.core.nlp.DictionaryTerm;
import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.core.nlp.Mention;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class DictionaryTaggerTest {

  private static final List<DictionaryTerm> TERMS =
      List.of(
          new DictionaryTerm("insuficiencia cardiaca", EntityLabel.CONDITION, 316139),
          new DictionaryTerm("insuficiencia cardiaca congestiva", EntityLabel.CONDITION, 319835),
          new DictionaryTerm("diabetes mellitus tipo 2", EntityLabel.CONDITION, 201826),
          new DictionaryTerm("diabetes mellitus", EntityLabel.CONDITION, 201820),
          new DictionaryTerm("fiebre", EntityLabel.CONDITION, 437663),
          new DictionaryTerm("tos", EntityLabel.CONDITION, 254761),
          new DictionaryTerm("disnea", EntityLabel.CONDITION, 312437),
          new DictionaryTerm("dolor torácico", EntityLabel.CONDITION, 77670),
          new DictionaryTerm("FA", EntityLabel.CONDITION, 313217),
          new DictionaryTerm("HTA", EntityLabel.CONDITION, 320128),
          new DictionaryTerm("TA", EntityLabel.MEASUREMENT, 4326744),
          new DictionaryTerm("Hb", EntityLabel.MEASUREMENT, 3000963),
          new DictionaryTerm("hemoglobina", EntityLabel.MEASUREMENT, 3000963),
          new DictionaryTerm("creatinina", EntityLabel.MEASUREMENT, 3016723),
          new DictionaryTerm("amoxicilina-clavulánico", EntityLabel.DRUG, 1759842),
          new DictionaryTerm("ácido acetilsalicílico", EntityLabel.DRUG, 1112807),
          new DictionaryTerm("metformina", EntityLabel.DRUG, 1503297),
          new DictionaryTerm("K+", EntityLabel.MEASUREMENT, 3023103),
          new DictionaryTerm("colecistectomía laparoscópica", EntityLabel.PROCEDURE, 4166536));

  private final DictionaryTagger tagger = new DictionaryTagger(TERMS);

  private static void assertOffsetsMatch(String text, List<Mention> mentions) {
    for (Mention m : mentions) {
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
    }
  }

  @Test
  void prefersTheLongestTermStartingAtAToken() {
    String text = "Ingresa por insuficiencia cardiaca congestiva descompensada.";
    List<Mention> mentions = tagger.tag(text);

    assertThat(mentions)
        .extracting(Mention::text, Mention::conceptHint)
        .containsExactly(tuple("insuficiencia cardiaca congestiva", 319835));
    assertOffsetsMatch(text, mentions);
  }

  @Test
  void fallsBackToTheShorterTermWhenTheLongerIsIncomplete() {
    String text = "Insuficiencia cardiaca crónica y diabetes mellitus tipo 1.";
    List<Mention> mentions = tagger.tag(text);

    assertThat(mentions)
        .extracting(Mention::text)
        .containsExactly("Insuficiencia cardiaca", "diabetes mellitus");
    assertOffsetsMatch(text, mentions);
  }

  @Test
  void matchesOnlyOnTokenBoundaries() {
    String text = "Faringitis aguda. Tose poco. Cotos. FA paroxística.";
    List<Mention> mentions = tagger.tag(text);

    assertThat(mentions).extracting(Mention::text).containsExactly("FA");
    assertThat(mentions.get(0).start()).isEqualTo(text.indexOf("FA "));
  }

  @Test
  void ignoresAccentsAndCaseOfLongerTerms() {
    String text =
        "DOLOR TORACICO opresivo; Ácido Acetilsalicilico 100 mg; Diabetes Mellitus tipo 2.";
    List<Mention> mentions = tagger.tag(text);

    assertThat(mentions)
        .extracting(Mention::text, Mention::label)
        .containsExactly(
            tuple("DOLOR TORACICO", EntityLabel.CONDITION),
            tuple("Ácido Acetilsalicilico", EntityLabel.DRUG),
            tuple("Diabetes Mellitus tipo 2", EntityLabel.CONDITION));
    assertOffsetsMatch(text, mentions);
  }

  @Test
  void matchesAbbreviationsOnlyWithTheirWrittenCase() {
    String text =
        "Se le da la pauta de ta fa hta. Luego HTA, FA y TA 120/80 mmHg. HB baja, Hb 9,8.";
    List<Mention> mentions = tagger.tag(text);

    assertThat(mentions).extracting(Mention::text).containsExactly("HTA", "FA", "TA", "Hb");
    assertOffsetsMatch(text, mentions);
  }

  @Test
  void matchesAllCapsNamesWithLongWordsCaseInsensitively() {
    DictionaryTagger shouting =
        new DictionaryTagger(
            List.of(
                new DictionaryTerm("INSUFICIENCIA RENAL", EntityLabel.CONDITION, 1),
                new DictionaryTerm("EPOC", EntityLabel.CONDITION, 2)));

    assertThat(shouting.tag("Insuficiencia renal y epoc. EPOC."))
        .extracting(Mention::text)
        .containsExactly("Insuficiencia renal", "EPOC");
  }

  @Test
  void treatsHyphensAndSpacesInsideTermsAlike() {
    String text =
        "Tratamiento con amoxicilina clavulanico y luego Amoxicilina-Clavulánico; ácido-acetilsalicílico.";
    List<Mention> mentions = tagger.tag(text);

    assertThat(mentions)
        .extracting(Mention::text)
        .containsExactly(
            "amoxicilina clavulanico", "Amoxicilina-Clavulánico", "ácido-acetilsalicílico");
    assertThat(mentions).allMatch(m -> m.conceptHint() != 0);
    assertOffsetsMatch(text, mentions);
  }

  @Test
  void doesNotMatchATermAcrossALineBreak() {
    String text = "Dolor\ntorácico. Dolor  torácico.";
    List<Mention> mentions = tagger.tag(text);

    assertThat(mentions).extracting(Mention::text).containsExactly("Dolor  torácico");
  }

  @Test
  void matchesTermsWithPunctuation() {
    String text = "K+ 3.2 mEq/L, K + bajo.";
    List<Mention> mentions = tagger.tag(text);

    assertThat(mentions).extracting(Mention::text).containsExactly("K+", "K +");
    assertThat(mentions.get(0).value()).isNotNull();
    assertThat(mentions.get(0).value().number()).isEqualByComparingTo("3.2");
  }

  @Test
  void attachesValuesToMeasurementMentionsOnly() {
    String text = "Hemoglobina 11,2 g/dL, creatinina: 1.3 mg/dl. Metformina 850 mg.";
    List<Mention> mentions = tagger.tag(text);

    assertThat(mentions)
        .extracting(Mention::text, m -> m.value() == null ? null : m.value().number())
        .containsExactly(
            tuple("Hemoglobina", new BigDecimal("11.2")),
            tuple("creatinina", new BigDecimal("1.3")),
            tuple("Metformina", null));
    assertThat(mentions.get(0).value().unit()).isEqualTo("g/dL");
  }

  @Test
  void appliesAssertions() {
    String text = "Niega fiebre. Madre con diabetes mellitus. Tos.";
    List<Mention> mentions = tagger.tag(text);

    assertThat(mentions)
        .extracting(Mention::text, Mention::assertion)
        .containsExactly(
            tuple("fiebre", Assertion.AFFIRMED.withNegated(true)),
            tuple("diabetes mellitus", Assertion.AFFIRMED.withSubject(Assertion.Subject.FAMILY)),
            tuple("Tos", Assertion.AFFIRMED));
  }

  @Test
  void resolvesConflictingTermsTheSameWayWhateverTheInputOrder() {
    List<DictionaryTerm> terms =
        List.of(
            new DictionaryTerm("PCR", EntityLabel.PROCEDURE, 0),
            new DictionaryTerm("PCR", EntityLabel.MEASUREMENT, 3020460),
            new DictionaryTerm("PCR", EntityLabel.MEASUREMENT, 3010156),
            new DictionaryTerm("dolor", EntityLabel.MEASUREMENT, 0),
            new DictionaryTerm("Dolor", EntityLabel.CONDITION, 0));
    List<DictionaryTerm> reversed = new ArrayList<>(terms);
    Collections.reverse(reversed);
    String text = "PCR 12 mg/L y dolor.";

    List<Mention> forward = new DictionaryTagger(terms).tag(text);
    List<Mention> backward = new DictionaryTagger(reversed).tag(text);

    assertThat(forward)
        .extracting(Mention::text, Mention::label, Mention::conceptHint)
        .containsExactly(
            tuple("PCR", EntityLabel.MEASUREMENT, 3010156),
            tuple("dolor", EntityLabel.CONDITION, 0));
    assertThat(backward).isEqualTo(forward);
  }

  @Test
  void returnsNoMentionsForEmptyOrUnrelatedText() {
    assertThat(tagger.tag("")).isEmpty();
    assertThat(tagger.tag("Paciente tranquilo, colaborador.")).isEmpty();
    assertThat(tagger.id()).matches("dictionary-1-[0-9a-f]{8}");
  }

  @Test
  void idChangesWithTheTermsButNotWithTheirOrder() {
    List<DictionaryTerm> terms =
        List.of(
            new DictionaryTerm("fiebre", EntityLabel.CONDITION, 437663),
            new DictionaryTerm("paracetamol", EntityLabel.DRUG, 1125315));
    List<DictionaryTerm> reversed = List.of(terms.get(1), terms.get(0));
    List<DictionaryTerm> other =
        List.of(terms.get(0), new DictionaryTerm("paracetamol", EntityLabel.DRUG, 0));

    assertThat(new DictionaryTagger(reversed).id()).isEqualTo(new DictionaryTagger(terms).id());
    assertThat(new DictionaryTagger(other).id()).isNotEqualTo(new DictionaryTagger(terms).id());
  }

  @Test
  void keepsOffsetsExactWithSurrogatesAndOddSpacing() {
    String text = "\uD83D\uDE00 fiebre\u00A0y\ttos;  HTA\r\ndisnea";
    List<Mention> mentions = tagger.tag(text);

    assertThat(mentions)
        .extracting(Mention::text)
        .containsExactly("fiebre", "tos", "HTA", "disnea");
    assertOffsetsMatch(text, mentions);
  }

  @Test
  void givesTheSameResultFromManyThreads() throws Exception {
    String text =
        "Niega fiebre, tos ni disnea. AP: HTA, insuficiencia cardiaca congestiva. Hb 9,8 g/dL.";
    List<Mention> expected = tagger.tag(text);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Mention>>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        results.add(pool.submit(() -> tagger.tag(text)));
      }
      for (Future<List<Mention>> r : results) {
        assertThat(r.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(expected).hasSize(6);
  }
}
