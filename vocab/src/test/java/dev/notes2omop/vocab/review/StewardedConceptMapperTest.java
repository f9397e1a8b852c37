package dev.notes2omop.vocab.review;

import static dev.notes2omop.vocab.review.ReviewFixtures.ACETAMINOPHEN;
import static dev.notes2omop.vocab.review.ReviewFixtures.ASTHMA;
import static dev.notes2omop.vocab.review.ReviewFixtures.BLOOD_PRESSURE;
import static dev.notes2omop.vocab.review.ReviewFixtures.ESSENTIAL_HYPERTENSION;
import static dev.notes2omop.vocab.review.ReviewFixtures.IBUPROFEN;
import static dev.notes2omop.vocab.review.ReviewFixtures.SYSTOLIC_BLOOD_PRESSURE;
import static dev.notes2omop.vocab.review.ReviewFixtures.TYPE_2_DIABETES;
import static dev.notes2omop.vocab.review.ReviewFixtures.mention;
import static org.assertj.core.api.Assertions.assertThat;

import dev.notes2omop.core.mapping.ConceptMatch;
import dev.notes2omop.core.mapping.MappedMention;
import dev.notes2omop.core.mapping.MatchType;
import dev.notes2omop.core.nlp.Assertion;
import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.core.nlp.MeasurementValue;
import dev.notes2omop.core.nlp.Mention;
import dev.notes2omop.vocab.ConceptDictionary;
import dev.notes2omop.vocab.lexicon.Lexicon;
import dev.notes2omop.vocab.map.DictionaryConceptMapper;
import dev.notes2omop.vocab.testing.SampleVocabularies;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StewardedConceptMapperTest {

  private static DictionaryConceptMapper fallback;

  private final ReviewSettings settings = ReviewFixtures.freshSettings();
  private final DecisionStore store = new DecisionStore(ReviewFixtures.database(), settings);

  @BeforeAll
  static void loadFallback() {
    fallback =
        new DictionaryConceptMapper(
            ConceptDictionary.load(
                ReviewFixtures.database(), SampleVocabularies.CDM, Lexicon.bundledSpanish()));
  }

  private StewardedConceptMapper mapper(Duration checkEvery) {
    return new StewardedConceptMapper(
        StewardOverrides.load(ReviewFixtures.database(), settings, checkEvery), fallback);
  }

  @Test
  void anApprovedOverrideBeatsTheFallbackMapperAndTheTaggersHint() {
    assertThat(fallback.map(mention("HTA", EntityLabel.CONDITION)).concept().conceptId())
        .isEqualTo(ESSENTIAL_HYPERTENSION);
    store.approve("hta", null, TYPE_2_DIABETES, Equivalence.EQUAL, "ana", null);
    StewardedConceptMapper mapper = mapper(Duration.ofHours(1));
    Mention hinted =
        new Mention(
            0, 3, "HTA", EntityLabel.CONDITION, Assertion.AFFIRMED, null, ESSENTIAL_HYPERTENSION);

    ConceptMatch byText = mapper.map(mention("HTA", EntityLabel.CONDITION)).concept();
    ConceptMatch byHint = mapper.map(hinted, "HTA").concept();

    assertThat(byText)
        .isEqualTo(
            new ConceptMatch(
                TYPE_2_DIABETES,
                "Type 2 diabetes mellitus",
                "Condition",
                "SNOMED",
                "44054006",
                0,
                1.0,
                MatchType.OVERRIDE));
    assertThat(byHint).isEqualTo(byText);
    assertThat(mapper.map(mention("DM2", EntityLabel.CONDITION)).concept().matchType())
        .as("other terms go to the fallback")
        .isEqualTo(MatchType.LEXICON);
  }

  @Test
  void anApprovedNoConceptDecisionGivesNone() {
    store.approveNoConcept("paracetamol", null, "ana", "a brand we do not map");
    StewardedConceptMapper mapper = mapper(Duration.ofHours(1));

    MappedMention mapped = mapper.map(mention("Paracetamol", EntityLabel.DRUG));

    assertThat(fallback.map(mention("Paracetamol", EntityLabel.DRUG)).concept().conceptId())
        .isEqualTo(ACETAMINOPHEN);
    assertThat(mapped.concept()).isEqualTo(ConceptMatch.NONE);
  }

  @Test
  void domainSpecificDecisionsBeatDomainLessOnes() {
    store.approve("TA", null, ASTHMA, Equivalence.INEXACT, "ana", null);
    store.approve("TA", "Measurement", BLOOD_PRESSURE, Equivalence.EQUAL, "ana", null);
    StewardedConceptMapper mapper = mapper(Duration.ofHours(1));

    assertThat(mapper.map(mention("TA", EntityLabel.MEASUREMENT)).concept().conceptId())
        .isEqualTo(BLOOD_PRESSURE);
    assertThat(mapper.map(mention("ta", EntityLabel.CONDITION)).concept().conceptId())
        .isEqualTo(ASTHMA);
  }

  @Test
  void amongSeveralTargetsTheOneInTheMentionsDomainWins() {
    store.approve("AINE", null, IBUPROFEN, Equivalence.WIDER, "ana", null);
    store.approve("AINE", null, ASTHMA, Equivalence.INEXACT, "ana", null);
    StewardedConceptMapper mapper = mapper(Duration.ofHours(1));

    assertThat(mapper.map(mention("AINE", EntityLabel.DRUG)).concept().conceptId())
        .isEqualTo(IBUPROFEN);
    assertThat(mapper.map(mention("AINE", EntityLabel.CONDITION)).concept().conceptId())
        .isEqualTo(ASTHMA);
  }

  @Test
  void aMeasurementKeepsTheUnitOfTheFallback() {
    store.approve("TAS", "Measurement", SYSTOLIC_BLOOD_PRESSURE, Equivalence.EQUAL, "ana", null);
    MeasurementValue value =
        new MeasurementValue(new BigDecimal("140"), null, "mmHg", null, null, null, "140 mmHg");

    MappedMention mapped =
        mapper(Duration.ofHours(1)).map(mention("TAS", EntityLabel.MEASUREMENT).withValue(value));

    assertThat(mapped.concept().conceptId()).isEqualTo(SYSTOLIC_BLOOD_PRESSURE);
    assertThat(mapped.unitConceptId()).isEqualTo(8876);
  }

  @Test
  void aRejectedDecisionNoLongerOverrides() {
    store.approve("HTA", null, TYPE_2_DIABETES, Equivalence.EQUAL, "ana", null);
    store.reject("HTA", null, TYPE_2_DIABETES, "luis", "wrong concept");

    assertThat(mapper(Duration.ofHours(1)).map(mention("HTA", EntityLabel.CONDITION)).concept())
        .extracting(ConceptMatch::conceptId, ConceptMatch::matchType)
        .containsExactly(ESSENTIAL_HYPERTENSION, MatchType.LEXICON);
  }

  @Test
  void refreshPicksUpANewDecision() {
    StewardOverrides explicit =
        StewardOverrides.load(ReviewFixtures.database(), settings, Duration.ofHours(1));
    StewardOverrides polling =
        StewardOverrides.load(ReviewFixtures.database(), settings, Duration.ZERO);
    assertThat(polling.find("asma bronquial", "Condition")).isEmpty();

    store.approve("Asma bronquial", null, ASTHMA, Equivalence.EQUAL, "ana", null);

    assertThat(explicit.find("asma bronquial", "Condition")).as("not checked yet").isEmpty();
    assertThat(polling.find("asma bronquial", "Condition"))
        .hasValueSatisfying(m -> assertThat(m.conceptId()).isEqualTo(ASTHMA));
    assertThat(explicit.refreshIfChanged()).isTrue();
    assertThat(explicit.refreshIfChanged()).isFalse();
    assertThat(explicit.find("ASMA BRONQUIAL", null)).isPresent();
  }

  @Test
  void rowsWrittenIntoSourceToConceptMapByASiteCountAsDomainLessOverrides() throws Exception {
    ReviewFixtures.insertSiteRow(
        settings.sourceVocabularyId(), "Insuficiencia Cardiaca", "Insuficiencia cardíaca", ASTHMA);
    ReviewFixtures.insertSiteRow(settings.sourceVocabularyId(), "xx", "xx", 999_999_999);
    StewardOverrides overrides = StewardOverrides.load(ReviewFixtures.database(), settings);

    assertThat(overrides.find("insuficiencia cardiaca", "Condition"))
        .hasValueSatisfying(m -> assertThat(m.conceptId()).isEqualTo(ASTHMA));
    assertThat(overrides.find("xx", "Condition")).as("unknown target skipped").isEmpty();
    assertThat(overrides.terms())
        .containsExactly(new OverrideTerm("Insuficiencia cardíaca", ASTHMA));
  }

  @Test
  void exposesApprovedOverridesAsTermConceptPairs() {
    store.approve("HTA", null, ESSENTIAL_HYPERTENSION, Equivalence.EQUAL, "ana", null);
    store.approve("hta", "Condition", ESSENTIAL_HYPERTENSION, Equivalence.EQUAL, "ana", null);
    store.approve("TA", "Measurement", BLOOD_PRESSURE, Equivalence.EQUAL, "ana", null);
    store.approveNoConcept("paciente", null, "ana", null);
    store.reject("DM", null, TYPE_2_DIABETES, "ana", null);

    assertThat(StewardOverrides.load(ReviewFixtures.database(), settings).terms())
        .containsExactly(
            new OverrideTerm("HTA", ESSENTIAL_HYPERTENSION),
            new OverrideTerm("TA", BLOOD_PRESSURE));
  }
}
