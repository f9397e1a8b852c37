package dev.notes2omop.vocab.lexicon.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CieOTermsTest {

  @Test
  void dropsTheSaiSuffixAndLowersTheFirstLetter() {
    assertThat(
            CieOTerms.terms(new CieOCode("8140/3", "Adenocarcinoma, SAI", "Adenocarcinoma, SAI")))
        .containsExactly("adenocarcinoma");
  }

  @Test
  void writesATrailingMetastasisFirstAndDropsSaiBetweenCommas() {
    assertThat(
            CieOTerms.terms(
                new CieOCode(
                    "8260/6",
                    "Carcinoma papilar, SAI, metástasis",
                    "Tum maligno papilar, metástasis")))
        .containsExactly("metástasis de carcinoma papilar");
  }

  @Test
  void joinsOtherCommasAndKeepsAnAcronymCapitalised() {
    assertThat(
            CieOTerms.terms(
                new CieOCode("8620/3", "Tumor de células de la granulosa, maligno", "x y")))
        .containsExactly("tumor de células de la granulosa maligno");
    assertThat(CieOTerms.natural("MALT, linfoma de")).isEqualTo("MALT linfoma de");
  }

  @Test
  void writesGradesAsTheAdjectivesOfNotesAgreeingWithTheHeadNoun() {
    assertThat(
            CieOTerms.terms(
                new CieOCode(
                    "8140/33",
                    "Adenocarcinoma, SAI - grado III, pobremente diferenciado",
                    "Adenocarcinoma, SAI - G3")))
        .containsExactly(
            "adenocarcinoma pobremente diferenciado", "adenocarcinoma poco diferenciado");
    assertThat(
            CieOTerms.terms(
                new CieOCode(
                    "8000/31",
                    "Neoplasia maligna - grado I, bien diferenciado",
                    "Neoplasia maligna - G1")))
        .containsExactly("neoplasia maligna bien diferenciada");
    assertThat(
            CieOTerms.terms(
                new CieOCode(
                    "8001/34",
                    "Células tumorales malignas - grado IV, indiferenciado",
                    "Cél tumorales malignas - G4")))
        .containsExactly("células tumorales malignas indiferenciadas");
  }

  @Test
  void writesTheCellTypeOfLymphomasUnlessTheNameHasIt() {
    assertThat(
            CieOTerms.terms(
                new CieOCode("9590/36", "Linfoma maligno, SAI - células B", "Linf maligno - B")))
        .containsExactly("linfoma maligno de células B");
    assertThat(
            CieOTerms.terms(
                new CieOCode(
                    "9680/36",
                    "Linfoma maligno difuso de células B grandes, SAI - células B",
                    "x - B")))
        .isEmpty();
  }

  @Test
  void givesNoTermForAnUndeterminedGradeOrAGradedLineWithoutSuffix() {
    assertThat(
            CieOTerms.terms(
                new CieOCode(
                    "8140/39",
                    "Adenocarcinoma, SAI - grado o diferenciación sin determinar o sin asignar,"
                        + " o no procede",
                    "Adenocarcinoma, SAI - GSD")))
        .isEmpty();
    assertThat(
            CieOTerms.terms(
                new CieOCode(
                    "8741/21", "Melanosis precancerosa, SAI", "Melanosis precancerosa, SAI - G1")))
        .isEmpty();
  }

  @Test
  void keepsShortFormsWhoseOnlyAbbreviationIsCa() {
    assertThat(
            CieOTerms.terms(
                new CieOCode("8070/3", "Carcinoma epidermoide, SAI", "Ca epidermoide, SAI")))
        .containsExactly("carcinoma epidermoide", "Ca epidermoide");
    assertThat(
            CieOTerms.terms(
                new CieOCode(
                    "8002/3", "Tumor maligno de células pequeñas", "Tum maligno, cél pequeñas")))
        .containsExactly("tumor maligno de células pequeñas");
    assertThat(CieOTerms.terms(new CieOCode("8010/3", "Carcinoma, SAI", "Ca, SAI")))
        .containsExactly("carcinoma");
  }

  @Test
  void leavesOutShortFormsThatOnlyDropWordsOrInvertTheHeading() {
    assertThat(CieOTerms.terms(new CieOCode("8081/2", "Enfermedad de Bowen", "Enfermedad, Bowen")))
        .containsExactly("enfermedad de Bowen");
    assertThat(
            CieOTerms.terms(
                new CieOCode(
                    "8390/6",
                    "Carcinoma de los anexos cutáneos, metástasis",
                    "Ca, los anexos cutáneos, metástasis")))
        .containsExactly("metástasis de carcinoma de los anexos cutáneos");
  }

  @Test
  void readsNoBreakSpacesAsSpaces() {
    assertThat(
            CieOTerms.terms(
                new CieOCode(
                    "8130/2",
                    "Carcinoma papilar de células transicionales,\u00A0tipo no invasivo",
                    "Ca papilar, cél transicionales,\u00A0tipo no invasivo")))
        .containsExactly("carcinoma papilar de células transicionales tipo no invasivo");
  }
}
