package dev.notes2omop.vocab.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes2omop.core.mapping.ConceptMatch;
import dev.notes2omop.core.mapping.MappedMention;
import dev.notes2omop.core.mapping.MatchType;
import dev.notes2omop.core.nlp.Assertion;
import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.core.nlp.MeasurementValue;
import dev.notes2omop.core.nlp.Mention;
import dev.notes2omop.vocab.lexicon.Lexicon;
import dev.notes2omop.vocab.testing.SampleVocabularies;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexConceptMapperTest {

  private static final int ESSENTIAL_HYPERTENSION = 320128;
  private static final int TYPE_2_DIABETES = 201826;
  private static final int ACETAMINOPHEN = 1125315;
  private static final int PNEUMONIA = 255848;
  private static final int TRAUMATIC_BRAIN_INJURY = 4132546;
  private static final int BRAIN_DAMAGE_TRAUMATIC = 4166590;
  private static final int HEPARIN = 1367571;
  private static final int HEPARIN_THERAPY = 4014024;
  private static final int HIV_STATUS_MEASUREMENT = 40758408;
  private static final int HIV_STATUS_OBSERVATION = 40758406;
  private static final int ASTHMA = 317009;

  @TempDir static Path dataDir;

  private static IndexConceptMapper mapper;

  @BeforeAll
  static void open() {
    IndexSource source =
        new IndexSource(
            SampleVocabularies.loadedDatabase(),
            SampleVocabularies.CDM,
            Lexicon.bundledSpanish(),
            List.of(IndexTerm.override("crisis asmática del lunes", ASTHMA)));
    mapper = IndexConceptMapper.open(source, dataDir.resolve("concept-index"), BuildProgress.NONE);
  }

  @AfterAll
  static void close() {
    mapper.close();
  }

  @Test
  void mapsALexiconAbbreviationExactly() {
    ConceptMatch match = map("HTA", EntityLabel.CONDITION);

    assertThat(match.conceptId()).isEqualTo(ESSENTIAL_HYPERTENSION);
    assertThat(match.matchType()).isEqualTo(MatchType.LEXICON);
    assertThat(match.score()).isEqualTo(1.0);
    assertThat(match.vocabularyId()).isEqualTo("SNOMED");
    assertThat(match.conceptCode()).isEqualTo("59621000");
  }

  @Test
  void mapsAConceptNameExactlyWhateverItsCase() {
    ConceptMatch match = map("ACETAMINOPHEN", EntityLabel.DRUG);

    assertThat(match.conceptId()).isEqualTo(ACETAMINOPHEN);
    assertThat(match.matchType()).isEqualTo(MatchType.EXACT);
    assertThat(match.score()).isEqualTo(1.0);
  }

  @Test
  void resolvesANonStandardNameThroughMapsToKeepingTheSourceConcept() {
    ConceptMatch match = map("Brain damage - traumatic", EntityLabel.CONDITION);

    assertThat(match.conceptId()).isEqualTo(TRAUMATIC_BRAIN_INJURY);
    assertThat(match.sourceConceptId()).isEqualTo(BRAIN_DAMAGE_TRAUMATIC);
    assertThat(match.matchType()).isEqualTo(MatchType.EXACT);
  }

  @Test
  void routesTheSameTextByTheMentionsDomain() {
    assertThat(map("HIV status", EntityLabel.MEASUREMENT).conceptId())
        .isEqualTo(HIV_STATUS_MEASUREMENT);
    assertThat(mapper.best("HIV status", "Observation").conceptId())
        .isEqualTo(HIV_STATUS_OBSERVATION);
    assertThat(map("heparin", EntityLabel.DRUG).conceptId()).isEqualTo(HEPARIN);
    assertThat(mapper.candidates("heparin", "Procedure", 3))
        .first()
        .satisfies(c -> assertThat(c.conceptId()).isEqualTo(HEPARIN_THERAPY));
  }

  @Test
  void aCompatibleDomainScoresUnderTheMentionsOwn() {
    List<Candidate> candidates = mapper.candidates("HIV status", "Measurement", 5);

    assertThat(candidates).extracting(Candidate::conceptId).startsWith(HIV_STATUS_MEASUREMENT);
    Candidate observation =
        candidates.stream()
            .filter(c -> c.conceptId() == HIV_STATUS_OBSERVATION)
            .findFirst()
            .orElseThrow();
    assertThat(observation.score()).isEqualTo(IndexMapperSettings.DEFAULT_COMPATIBLE_DOMAIN_FACTOR);
  }

  @Test
  void answersNoneForNonsenseRatherThanAGuess() {
    for (String nonsense : List.of("xqzvbw", "mesa de madera", "tiene el pelo rizado")) {
      assertThat(map(nonsense, EntityLabel.CONDITION)).as(nonsense).isEqualTo(ConceptMatch.NONE);
    }
  }

  @Test
  void toleratesTyposAccentsCaseAndPlurals() {
    assertThat(map("hipertensión arteral", EntityLabel.CONDITION).conceptId())
        .isEqualTo(ESSENTIAL_HYPERTENSION);
    ConceptMatch noAccent = map("HIPERTENSION ARTERIAL", EntityLabel.CONDITION);
    assertThat(noAccent.conceptId()).isEqualTo(ESSENTIAL_HYPERTENSION);
    assertThat(noAccent.matchType()).isEqualTo(MatchType.LEXICON);
    ConceptMatch plural = map("neumonías", EntityLabel.CONDITION);
    assertThat(plural.conceptId()).isEqualTo(PNEUMONIA);
    assertThat(plural.matchType()).isEqualTo(MatchType.FUZZY);
    assertThat(plural.score()).isBetween(0.7, 0.9);
    assertThat(map("paracetamool", EntityLabel.DRUG).conceptId()).isEqualTo(ACETAMINOPHEN);
  }

  @Test
  void expandsLexiconAbbreviationsInsideLongerTexts() {
    ConceptMatch match = map("DM2 descompensada", EntityLabel.CONDITION);

    assertThat(match.conceptId()).isEqualTo(TYPE_2_DIABETES);
    assertThat(mapper.candidates("HTA esencial", "Condition", 1))
        .first()
        .satisfies(c -> assertThat(c.conceptId()).isEqualTo(ESSENTIAL_HYPERTENSION));
  }

  @Test
  void findsExtraTermsAsOverrides() {
    ConceptMatch match = map("Crisis asmatica del lunes", EntityLabel.CONDITION);

    assertThat(match.conceptId()).isEqualTo(ASTHMA);
    assertThat(match.matchType()).isEqualTo(MatchType.OVERRIDE);
    assertThat(match.score()).isEqualTo(1.0);
  }

  @Test
  void honoursATaggerHintThatMapsToAStandardConcept() {
    Mention hinted =
        new Mention(
            0,
            12,
            "daño 'brain'",
            EntityLabel.CONDITION,
            Assertion.AFFIRMED,
            null,
            BRAIN_DAMAGE_TRAUMATIC);

    ConceptMatch match = mapper.map(hinted).concept();

    assertThat(match.conceptId()).isEqualTo(TRAUMATIC_BRAIN_INJURY);
    assertThat(match.sourceConceptId()).isEqualTo(BRAIN_DAMAGE_TRAUMATIC);
    assertThat(match.score()).isEqualTo(1.0);
  }

  @Test
  void ignoresAHintThatTheIndexDoesNotHold() {
    Mention hinted =
        new Mention(0, 3, "HTA", EntityLabel.CONDITION, Assertion.AFFIRMED, null, 999_999_999);

    assertThat(mapper.map(hinted).concept().conceptId()).isEqualTo(ESSENTIAL_HYPERTENSION);
  }

  @Test
  void mapsAMeasurementsUnitAndOperator() {
    Mention glucose =
        new Mention(
            0,
            7,
            "glucosa",
            EntityLabel.MEASUREMENT,
            Assertion.AFFIRMED,
            new MeasurementValue(
                new BigDecimal("126"), ">=", "mg/dL", null, null, null, ">= 126 mg/dL"),
            0);

    MappedMention mapped = mapper.map(glucose);

    assertThat(mapped.unitConceptId()).isEqualTo(8840);
    assertThat(mapped.operatorConceptId()).as("the samples have no operator concepts").isZero();
  }

  @Test
  void mapsTheSameFromManyThreadsAsFromOne() throws Exception {
    List<String> terms =
        List.of(
            "HTA",
            "neumonias",
            "paracetamool",
            "DM2 descompensada",
            "xqzvbw",
            "heparina",
            "insuficiencia cardiaca",
            "asma bronquial",
            "fractura de cadera",
            "colesterol total");
    List<ConceptMatch> single = new ArrayList<>();
    for (String t : terms) {
      single.add(mapper.best(t, "Condition"));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<ConceptMatch>>> futures = new ArrayList<>();
      for (int thread = 0; thread < 8; thread++) {
        futures.add(
            pool.submit(
                () -> {
                  List<ConceptMatch> out = new ArrayList<>();
                  for (int round = 0; round < 20; round++) {
                    out.clear();
                    for (String t : terms) {
                      out.add(mapper.best(t, "Condition"));
                    }
                  }
                  return out;
                }));
      }
      for (Future<List<ConceptMatch>> f : futures) {
        assertThat(f.get()).isEqualTo(single);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static ConceptMatch map(String text, EntityLabel label) {
    return mapper
        .map(new Mention(0, text.length(), text, label, Assertion.AFFIRMED, null, 0))
        .concept();
  }
}
