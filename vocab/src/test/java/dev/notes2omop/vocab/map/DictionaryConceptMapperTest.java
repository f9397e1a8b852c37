package dev.notes2omop.vocab.map;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes2omop.core.mapping.ConceptMatch;
import dev.notes2omop.core.mapping.MappedMention;
import dev.notes2omop.core.mapping.MatchType;
import dev.notes2omop.core.nlp.Assertion;
import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.core.nlp.MeasurementValue;
import dev.notes2omop.core.nlp.Mention;
import dev.notes2omop.omop.testing.TestDatabase;
import dev.notes2omop.vocab.ConceptDictionary;
import dev.notes2omop.vocab.lexicon.Lexicon;
import dev.notes2omop.vocab.load.AthenaLoader;
import dev.notes2omop.vocab.load.LoadProgress;
import dev.notes2omop.vocab.testing.SampleVocabularies;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictionaryConceptMapperTest {

  private static final int ESSENTIAL_HYPERTENSION = 320128;
  private static final int TYPE_2_DIABETES = 201826;
  private static final int ACETAMINOPHEN = 1125315;
  private static final int GLUCOSE_IN_BLOOD = 3000483;
  private static final int BLOOD_PRESSURE = 40758413;

  private static DictionaryConceptMapper mapper;

  @BeforeAll
  static void load() {
    mapper =
        new DictionaryConceptMapper(
            ConceptDictionary.load(
                SampleVocabularies.loadedDatabase(),
                SampleVocabularies.CDM,
                Lexicon.bundledSpanish()));
  }

  @Test
  void mapsHtaToEssentialHypertensionThroughTheLexicon() {
    ConceptMatch match = mapper.map(mention("HTA", EntityLabel.CONDITION)).concept();

    assertThat(match.conceptId()).isEqualTo(ESSENTIAL_HYPERTENSION);
    assertThat(match.conceptName()).isEqualTo("Essential hypertension");
    assertThat(match.domainId()).isEqualTo("Condition");
    assertThat(match.vocabularyId()).isEqualTo("SNOMED");
    assertThat(match.conceptCode()).isEqualTo("59621000");
    assertThat(match.matchType()).isEqualTo(MatchType.LEXICON);
    assertThat(match.sourceConceptId()).isZero();
    assertThat(match.score()).isEqualTo(1.0);
  }

  @Test
  void mapsSpanishSpellingsOfTypeTwoDiabetesWithOrWithoutAccentsAndCase() {
    for (String text :
        List.of("DM2", "DM tipo 2", "diabetes mellitus tipo 2", "DIABETES TIPO II")) {
      assertThat(mapper.map(mention(text, EntityLabel.CONDITION)).concept().conceptId())
          .as(text)
          .isEqualTo(TYPE_2_DIABETES);
    }
    assertThat(
            mapper
                .map(mention("hipertension arterial", EntityLabel.CONDITION))
                .concept()
                .conceptId())
        .isEqualTo(ESSENTIAL_HYPERTENSION);
  }

  @Test
  void mapsParacetamolAndAcetaminophenToTheSameIngredient() {
    ConceptMatch paracetamol = mapper.map(mention("paracetamol", EntityLabel.DRUG)).concept();
    ConceptMatch english = mapper.map(mention("Acetaminophen", EntityLabel.DRUG)).concept();

    assertThat(paracetamol.conceptId()).isEqualTo(ACETAMINOPHEN);
    assertThat(paracetamol.matchType()).isEqualTo(MatchType.LEXICON);
    assertThat(english.conceptId()).isEqualTo(ACETAMINOPHEN);
    assertThat(english.matchType()).isEqualTo(MatchType.EXACT);
  }

  @Test
  void mapsAVocabularySynonym() {
    ConceptMatch match =
        mapper.map(mention("Fracture of collar bone", EntityLabel.CONDITION)).concept();

    assertThat(match.conceptName()).isEqualTo("Fracture of clavicle");
    assertThat(match.matchType()).isEqualTo(MatchType.SYNONYM);
    assertThat(match.score()).isEqualTo(DictionaryConceptMapper.SYNONYM_SCORE);
  }

  @Test
  void usesTheConceptHintOfADictionaryTagger() {
    Mention hinted =
        new Mention(
            0, 3, "HTA", EntityLabel.CONDITION, Assertion.AFFIRMED, null, ESSENTIAL_HYPERTENSION);
    Mention hintedByName =
        new Mention(
            0,
            22,
            "Essential hypertension",
            EntityLabel.CONDITION,
            Assertion.AFFIRMED,
            null,
            ESSENTIAL_HYPERTENSION);

    assertThat(mapper.map(hinted).concept())
        .extracting(ConceptMatch::conceptId, ConceptMatch::matchType, ConceptMatch::score)
        .containsExactly(ESSENTIAL_HYPERTENSION, MatchType.LEXICON, 1.0);
    assertThat(mapper.map(hintedByName).concept().matchType()).isEqualTo(MatchType.EXACT);
  }

  @Test
  void resolvesANonStandardHintThroughMapsTo() {
    Mention hinted =
        new Mention(0, 5, "daño ", EntityLabel.CONDITION, Assertion.AFFIRMED, null, 4166590);

    ConceptMatch match = mapper.map(hinted).concept();

    assertThat(match.conceptId()).isEqualTo(4132546);
    assertThat(match.sourceConceptId()).isEqualTo(4166590);
    assertThat(match.conceptName()).isEqualTo("Traumatic brain injury");
  }

  @Test
  void mapsTheUnitsOfMeasurementsWrittenTheSpanishWay() {
    MappedMention glucose = mapper.map(measurement("glucemia", "126", null, "mg/dl"));
    MappedMention pressure = mapper.map(measurement("TA", "140", null, "mmHg"));

    assertThat(glucose.concept().conceptId()).isEqualTo(GLUCOSE_IN_BLOOD);
    assertThat(glucose.unitConceptId()).isEqualTo(8840);
    assertThat(pressure.concept().conceptId()).isEqualTo(BLOOD_PRESSURE);
    assertThat(pressure.unitConceptId()).isEqualTo(8876);
    assertThat(pressure.operatorConceptId()).isZero();
  }

  @Test
  void leavesUnknownUnitsAndOperatorsMissingFromTheVocabularyAtZero() {
    MappedMention mapped = mapper.map(measurement("PCR", "5", "<", "furlongs"));

    assertThat(mapped.concept().conceptCode()).isEqualTo("1988-5");
    assertThat(mapped.unitConceptId()).isZero();
    assertThat(mapped.operatorConceptId()).isZero();
  }

  @Test
  void returnsNoneForTextNoVocabularyNames() {
    MappedMention mapped = mapper.map(mention("xyzzy", EntityLabel.CONDITION));

    assertThat(mapped.concept()).isEqualTo(ConceptMatch.NONE);
    assertThat(mapped.unitConceptId()).isZero();
  }

  @Test
  void mapsOperatorsToMeasValueOperatorConceptsWhenLoaded(@TempDir Path dir) throws Exception {
    DataSource db = TestDatabase.freshDatabase();
    String header =
        "concept_id\tconcept_name\tdomain_id\tvocabulary_id\tconcept_class_id\tstandard_concept"
            + "\tconcept_code\tvalid_start_date\tvalid_end_date\tinvalid_reason";
    String row = "\tMeas Value Operator\tMeas Value Operator\tMeas Value Operator\tS\t";
    Files.writeString(
        dir.resolve("CONCEPT.csv"),
        String.join(
            "\n",
            header,
            "4171756\t<" + row + "<\t19700101\t20991231\t",
            "4171754\t<=" + row + "<=\t19700101\t20991231\t",
            "4172704\t>" + row + ">\t19700101\t20991231\t",
            "4171755\t>=" + row + ">=\t19700101\t20991231\t",
            "4172703\t=" + row + "=\t19700101\t20991231\t",
            "3020460\tC reactive protein [Mass/volume] in Serum or Plasma\tMeasurement\tLOINC"
                + "\tLab Test\tS\t1988-5\t19700101\t20991231\t",
            ""),
        StandardCharsets.UTF_8);
    new AthenaLoader(db, "cdm").load(dir, LoadProgress.NONE);
    DictionaryConceptMapper small =
        new DictionaryConceptMapper(ConceptDictionary.load(db, "cdm", Lexicon.bundledSpanish()));

    assertThat(small.map(measurement("PCR", "5", "<", "mg/L")).operatorConceptId())
        .isEqualTo(4171756);
    assertThat(small.map(measurement("PCR", "5", "≥", "mg/L")).operatorConceptId())
        .isEqualTo(4171755);
    assertThat(small.map(measurement("PCR", "5", "<", "mg/L")).concept().conceptId())
        .isEqualTo(3020460);
    assertThat(small.map(measurement("PCR", "5", "<", "mg/L")).unitConceptId())
        .as("no UCUM concepts loaded")
        .isZero();
  }

  private static Mention mention(String text, EntityLabel label) {
    return new Mention(10, 10 + text.length(), text, label, Assertion.AFFIRMED, null, 0);
  }

  private static Mention measurement(String text, String number, String operator, String unit) {
    MeasurementValue value =
        new MeasurementValue(
            new BigDecimal(number), operator, unit, null, null, null, number + " " + unit);
    return mention(text, EntityLabel.MEASUREMENT).withValue(value);
  }
}
