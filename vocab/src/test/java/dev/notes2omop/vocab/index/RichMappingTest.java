package dev.notes2omop.vocab.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes2omop.core.mapping.ConceptMatch;
import dev.notes2omop.core.mapping.MappedMention;
import dev.notes2omop.core.nlp.Assertion;
import dev.notes2omop.core.nlp.DrugDose;
import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.core.nlp.MeasurementValue;
import dev.notes2omop.core.nlp.Mention;
import dev.notes2omop.omop.testing.TestDatabase;
import dev.notes2omop.vocab.drug.DrugProduct;
import dev.notes2omop.vocab.lexicon.Lexicon;
import dev.notes2omop.vocab.load.AthenaLoader;
import dev.notes2omop.vocab.load.LoadProgress;
import dev.notes2omop.vocab.testing.DoseVocabulary;
import dev.notes2omop.vocab.testing.SampleVocabularies;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dose-aware drugs, routes, qualitative results and back-off against the samples plus {@link
 * DoseVocabulary}, through {@link IndexConceptMapper}.
 */
class RichMappingTest {

  private static final int PNEUMONIA = 255848;
  private static final int OTITIS_MEDIA = 372328;
  private static final int AMOXICILLIN = 1713332;
  private static final int AMOXICILLIN_500_TABLET = 19073188;
  private static final int HYDROCHLOROTHIAZIDE_25_TABLET = 19078106;
  private static final int C_REACTIVE_PROTEIN = 3020460;

  @TempDir static Path dataDir;

  private static IndexConceptMapper mapper;

  @BeforeAll
  static void open() throws Exception {
    DataSource db = TestDatabase.freshDatabase();
    new AthenaLoader(db, SampleVocabularies.CDM)
        .loadAll(
            List.of(
                SampleVocabularies.gibleed(),
                SampleVocabularies.synthea(),
                DoseVocabulary.write(dataDir.resolve("dose-vocabulary"))),
            LoadProgress.NONE);
    mapper =
        IndexConceptMapper.open(
            IndexSource.of(db, SampleVocabularies.CDM, Lexicon.bundledSpanish()),
            dataDir.resolve("concept-index"),
            BuildProgress.NONE);
  }

  @AfterAll
  static void close() {
    mapper.close();
  }

  private static MappedMention drug(String text, DrugDose dose) {
    Mention m = new Mention(0, text.length(), text, EntityLabel.DRUG, Assertion.AFFIRMED, null, 0);
    return mapper.map(dose == null ? m : m.withDose(dose));
  }

  private static DrugDose dose(String amount, String unit, String form, String route) {
    return new DrugDose(
        amount == null ? null : new BigDecimal(amount),
        unit,
        form,
        route,
        route == null ? null : "vía " + route,
        null,
        "...");
  }

  @Test
  void readsProductsFromDrugStrengthAndRelationships() {
    List<DrugProduct> enalapril = mapper.index().drugs().byIngredient(DoseVocabulary.ENALAPRIL);

    assertThat(enalapril)
        .extracting(DrugProduct::conceptId)
        .containsExactlyInAnyOrder(
            DoseVocabulary.ENALAPRIL_20_TABLET,
            DoseVocabulary.ENALAPRIL_5_TABLET,
            DoseVocabulary.ENALAPRIL_TABLET_FORM);
    DrugProduct twenty =
        enalapril.stream()
            .filter(p -> p.conceptId() == DoseVocabulary.ENALAPRIL_20_TABLET)
            .findFirst()
            .orElseThrow();
    assertThat(twenty.strength()).isEqualTo(new DrugProduct.Strength(new BigDecimal("20"), "MG"));
    assertThat(twenty.doseForm()).isEqualTo("Oral Tablet");
  }

  @Test
  void mapsADrugWithItsStrengthFormAndRouteToTheClinicalDrug() {
    MappedMention m = drug("enalapril", dose("20", "mg", "Tablet", "Oral"));

    assertThat(m.concept().conceptId()).isEqualTo(DoseVocabulary.ENALAPRIL_20_TABLET);
    assertThat(m.concept().conceptName()).isEqualTo("enalapril maleate 20 MG Oral Tablet");
    assertThat(m.routeConceptId()).isEqualTo(DoseVocabulary.ORAL);
  }

  @Test
  void keepsTheIngredientWhenTheRouteContradictsEveryProductOrNoDoseIsStated() {
    MappedMention iv = drug("enalapril", dose("20", "mg", null, "Intravenous"));
    assertThat(iv.concept().conceptId()).isEqualTo(DoseVocabulary.ENALAPRIL);
    assertThat(iv.routeConceptId()).isEqualTo(DoseVocabulary.INTRAVENOUS);

    assertThat(drug("enalapril", null).concept().conceptId()).isEqualTo(DoseVocabulary.ENALAPRIL);
    assertThat(drug("enalapril", dose("10", "mg", null, null)).concept().conceptId())
        .isEqualTo(DoseVocabulary.ENALAPRIL);
  }

  @Test
  void mapsAStatedFormWithoutStrengthToTheClinicalDrugForm() {
    assertThat(drug("enalapril", dose(null, null, "Tablet", null)).concept().conceptId())
        .isEqualTo(DoseVocabulary.ENALAPRIL_TABLET_FORM);
  }

  @Test
  void findsTheSamplesClinicalDrugsThroughTheirNames() {
    MappedMention amoxicillin = drug("amoxicilina", dose("500", "mg", "Tablet", null));
    assertThat(amoxicillin.concept().conceptId()).isEqualTo(AMOXICILLIN_500_TABLET);
    assertThat(drug("amoxicilina", null).concept().conceptId()).isEqualTo(AMOXICILLIN);

    MappedMention hydrochlorothiazide = drug("hidroclorotiazida", dose("25", "mg", null, "Oral"));
    assertThat(hydrochlorothiazide.concept().conceptId()).isEqualTo(HYDROCHLOROTHIAZIDE_25_TABLET);
  }

  @Test
  void mapsAQualitativeResultToItsMeasValueConcept() {
    Mention pcr =
        new Mention(0, 3, "PCR", EntityLabel.MEASUREMENT, Assertion.AFFIRMED, null, 0)
            .withValue(MeasurementValue.qualitative("Negative", "negativa"));

    MappedMention m = mapper.map(pcr);

    assertThat(m.concept().conceptId()).isEqualTo(C_REACTIVE_PROTEIN);
    assertThat(m.valueConceptId()).isEqualTo(DoseVocabulary.NEGATIVE);
  }

  @Test
  void mapsAMentionMoreSpecificThanAnyConceptUphillMarkedBroader() {
    ConceptMatch pneumonia = mapper.best("neumonía neumocócica", "Condition");
    assertThat(pneumonia.conceptId()).isEqualTo(PNEUMONIA);
    assertThat(pneumonia.isBroader()).isTrue();
    assertThat(pneumonia.broaderVia()).isEqualTo("neumonía");

    ConceptMatch otitis = mapper.best("otitis media aguda derecha", "Condition");
    assertThat(otitis.conceptId()).isEqualTo(OTITIS_MEDIA);
    assertThat(otitis.isBroader()).isTrue();
  }

  @Test
  void backsOffNeitherForDrugsNorWithoutANameableModifier() {
    assertThat(mapper.best("neumonía xantogranulomatosa", "Condition").isMapped()).isFalse();
    assertThat(mapper.best("amoxicilina retard", "Drug").isBroader()).isFalse();
    assertThat(mapper.best("neumonía", "Condition").isBroader()).isFalse();
  }
}
