package dev.notes2omop.vocab.drug;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IngredientKeyTest {

  @Test
  void spanishAndEnglishNamesOfOneIngredientMeet() {
    assertThat(IngredientKey.of("metotrexato")).isEqualTo(IngredientKey.of("methotrexate"));
    assertThat(IngredientKey.of("amoxicilina")).isEqualTo(IngredientKey.of("Amoxicillin"));
    assertThat(IngredientKey.of("levotiroxina")).isEqualTo(IngredientKey.of("levothyroxine"));
    assertThat(IngredientKey.of("hidroclorotiazida"))
        .isEqualTo(IngredientKey.of("hydrochlorothiazide"));
    assertThat(IngredientKey.of("ibuprofeno")).isEqualTo(IngredientKey.of("ibuprofen"));
    assertThat(IngredientKey.of("espironolactona")).isEqualTo(IngredientKey.of("spironolactone"));
    assertThat(IngredientKey.of("escitalopram")).isEqualTo(IngredientKey.of("escitalopram"));
    assertThat(IngredientKey.of("enalapril")).isEqualTo("enalapril");
  }

  @Test
  void saltsAndWordOrderDoNotMatter() {
    assertThat(IngredientKey.of("maleato de enalapril"))
        .isEqualTo(IngredientKey.of("enalapril maleate"));
    assertThat(IngredientKey.of("clorhidrato de cetirizina"))
        .isEqualTo(IngredientKey.of("cetirizine hydrochloride"));
    assertThat(IngredientKey.of("ácido fólico")).isEqualTo(IngredientKey.of("folic acid"));
  }

  @Test
  void differentIngredientsDoNotMeet() {
    assertThat(IngredientKey.of("paracetamol")).isNotEqualTo(IngredientKey.of("acetaminophen"));
    assertThat(IngredientKey.of("ácido valproico")).isNotEqualTo(IngredientKey.of("folic acid"));
    assertThat(IngredientKey.of("enalapril")).isNotEqualTo(IngredientKey.of("lisinopril"));
  }
}
