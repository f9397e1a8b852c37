package dev.notes2omop.vocab.drug;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RxNormNamesTest {

  @Test
  void readsIngredientStrengthAndFormOfAClinicalDrug() {
    RxNormNames.Parsed p = RxNormNames.parse("cetirizine hydrochloride 5 MG Oral Tablet").get();

    assertThat(p.ingredient()).isEqualTo("cetirizine hydrochloride");
    assertThat(p.strength().amount()).isEqualByComparingTo("5");
    assertThat(p.strength().unit()).isEqualTo("MG");
    assertThat(p.doseForm()).isEqualTo("Oral Tablet");
  }

  @Test
  void readsComponentsFormsCapitalisedNamesAndConcentrations() {
    assertThat(RxNormNames.parse("doxycycline hyclate 100 MG").get().doseForm()).isNull();
    assertThat(RxNormNames.parse("enalapril Oral Tablet").get().strength()).isNull();
    assertThat(RxNormNames.parse("Amoxicillin 500 MG Oral Tablet").get().ingredient())
        .isEqualTo("Amoxicillin");
    RxNormNames.Parsed solution = RxNormNames.parse("lorazepam 2 MG/ML Injectable Solution").get();
    assertThat(solution.strength().unit()).isEqualTo("MG/ML");
    assertThat(solution.doseForm()).isEqualTo("Injectable Solution");
    assertThat(RxNormNames.parse("levothyroxine sodium 0.075 MG Oral Tablet").get().strength())
        .isEqualTo(new DrugProduct.Strength(new java.math.BigDecimal("0.075"), "MG"));
  }

  @Test
  void leavesCombinationsBrandsAndQuantitiesUnread() {
    assertThat(RxNormNames.parse("acetaminophen 325 MG / oxycodone hydrochloride 5 MG Oral Tablet"))
        .isEmpty();
    assertThat(RxNormNames.parse("ivacaftor 150 MG Oral Tablet [Kalydeco]")).isEmpty();
    assertThat(RxNormNames.parse("enalapril")).isEmpty();
  }
}
