package dev.notes2omop.vocab.drug;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes2omop.core.mapping.ConceptMatch;
import dev.notes2omop.core.mapping.MatchType;
import dev.notes2omop.core.nlp.Assertion;
import dev.notes2omop.core.nlp.DrugDose;
import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.core.nlp.Mention;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The choice among products held in memory; the loading from a vocabulary is DrugProductsTest. */
class DrugSpecifierTest {

  private static final int ENALAPRIL = 1341927;

  private static final DrugProduct TABLET_20 = product(11, "enalapril 20 MG Oral Tablet");
  private static final DrugProduct TABLET_10 = product(12, "enalapril 10 MG Oral Tablet");
  private static final DrugProduct SOLUTION_1 = product(13, "enalapril 1 MG/ML Oral Solution");
  private static final DrugProduct COMP_20 = product(14, "enalapril 20 MG");
  private static final DrugProduct FORM_TABLET = product(15, "enalapril Oral Tablet");
  private static final DrugProduct INJECTION_20 = product(16, "enalapril 20 MG Injection");

  private static DrugProduct product(int id, String name) {
    RxNormNames.Parsed p = RxNormNames.parse(name).orElseThrow();
    String cls =
        p.strength() == null
            ? "Clinical Drug Form"
            : p.doseForm() == null ? "Clinical Drug Comp" : "Clinical Drug";
    return new DrugProduct(
        id, name, "RxNorm", "c" + id, cls, ENALAPRIL, "enalapril", p.strength(), p.doseForm());
  }

  private static final ConceptMatch INGREDIENT =
      new ConceptMatch(ENALAPRIL, "enalapril", "Drug", "RxNorm", "3827", 0, 1.0, MatchType.LEXICON);

  private static ConceptMatch refine(
      List<DrugProduct> products, ConceptMatch base, String amount, String form, String route) {
    DrugDose dose =
        new DrugDose(
            amount == null ? null : new BigDecimal(amount),
            amount == null ? null : "mg",
            form,
            route,
            route == null ? null : "vo",
            null,
            "enalapril ...");
    Mention mention =
        new Mention(0, 9, "enalapril", EntityLabel.DRUG, Assertion.AFFIRMED, null, 0)
            .withDose(dose);
    return new DrugSpecifier(new DrugProducts(products)).refine(base, mention);
  }

  @Test
  void mapsToTheClinicalDrugOfTheStatedStrengthAndForm() {
    ConceptMatch m =
        refine(List.of(TABLET_20, TABLET_10, SOLUTION_1), INGREDIENT, "20", "Tablet", null);

    assertThat(m.conceptId()).isEqualTo(11);
    assertThat(m.conceptName()).isEqualTo("enalapril 20 MG Oral Tablet");
    assertThat(m.matchType()).isEqualTo(MatchType.LEXICON);
    assertThat(m.isBroader()).isFalse();
  }

  @Test
  void takesTheOnlyProductOfTheStrengthWhenTheFormIsNotStated() {
    assertThat(refine(List.of(TABLET_20, TABLET_10), INGREDIENT, "20", null, null).conceptId())
        .isEqualTo(11);
    assertThat(refine(List.of(TABLET_20, TABLET_10), INGREDIENT, "20", null, "Oral").conceptId())
        .isEqualTo(11);
  }

  @Test
  void givesWayToTheComponentWhenTwoFormsHaveTheStrength() {
    assertThat(
            refine(List.of(TABLET_20, INJECTION_20, COMP_20), INGREDIENT, "20", null, null)
                .conceptId())
        .isEqualTo(14);
    assertThat(
            refine(List.of(TABLET_20, INJECTION_20, COMP_20), INGREDIENT, "20", null, "Oral")
                .conceptId())
        .isEqualTo(11);
  }

  @Test
  void keepsTheIngredientWhenNothingAgrees() {
    assertThat(refine(List.of(TABLET_20, TABLET_10), INGREDIENT, "5", null, null))
        .isEqualTo(INGREDIENT);
    assertThat(refine(List.of(TABLET_20), INGREDIENT, "20", "Capsule", null)).isEqualTo(INGREDIENT);
    assertThat(refine(List.of(TABLET_20, TABLET_10), INGREDIENT, "20", null, "Intravenous"))
        .isEqualTo(INGREDIENT);
    assertThat(refine(List.of(TABLET_20, INJECTION_20), INGREDIENT, "20", null, null))
        .isEqualTo(INGREDIENT);
  }

  @Test
  void neverStatesAFormOrStrengthTheNoteDoesNot() {
    assertThat(refine(List.of(FORM_TABLET, TABLET_20), INGREDIENT, null, null, "Oral"))
        .isEqualTo(INGREDIENT);
    assertThat(
            refine(List.of(FORM_TABLET, TABLET_20), INGREDIENT, null, "Tablet", null).conceptId())
        .isEqualTo(15);
  }

  @Test
  void findsTheProductByItsIngredientsNameWhenTheIndexFoundNothing() {
    ConceptMatch m = refine(List.of(TABLET_20), ConceptMatch.NONE, "20", "Tablet", null);

    assertThat(m.conceptId()).isEqualTo(11);
    assertThat(m.domainId()).isEqualTo("Drug");
    assertThat(m.matchType()).isEqualTo(MatchType.FUZZY);
    assertThat(m.score()).isEqualTo(DrugSpecifier.NAME_SCORE);
  }

  @Test
  void comparesStrengthsAcrossUnits() {
    DrugProduct microgram = product(20, "enalapril 0.075 MG Oral Tablet");
    DrugDose dose = new DrugDose(new BigDecimal("75"), "mcg", null, null, null, null, "x");

    assertThat(DrugSpecifier.choose(List.of(microgram), dose)).contains(microgram);
  }
}
