package dev.notes2omop.tagger.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes2omop.core.nlp.MeasurementValue;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MeasurementValueExtractorTest {

  private final MeasurementValueExtractor extractor = new MeasurementValueExtractor();

  /**
   * The value after {@code name}'s first occurrence in {@code text}; the source text must be in it.
   */
  private Optional<MeasurementValue> after(String text, String name) {
    int end = text.indexOf(name) + name.length();
    Optional<MeasurementValue> value = extractor.extract(text, end);
    value.ifPresent(v -> assertThat(text.substring(end)).contains(v.sourceText()));
    return value;
  }

  private MeasurementValue valueAfter(String text, String name) {
    Optional<MeasurementValue> value = after(text, name);
    assertThat(value).as("value after '%s' in '%s'", name, text).isPresent();
    return value.orElseThrow();
  }

  private static BigDecimal n(String s) {
    return new BigDecimal(s);
  }

  @Test
  void readsDecimalCommaAndUnit() {
    MeasurementValue v = valueAfter("Hemoglobina 11,2 g/dL. Resto normal.", "Hemoglobina");

    assertThat(v.number()).isEqualByComparingTo("11.2");
    assertThat(v.unit()).isEqualTo("g/dL");
    assertThat(v.sourceText()).isEqualTo("11,2 g/dL");
    assertThat(v.operator()).isNull();
    assertThat(v.secondNumber()).isNull();
    assertThat(v.rangeLow()).isNull();
  }

  @Test
  void readsDecimalPointAfterAColon() {
    MeasurementValue v = valueAfter("creatinina: 1.3 mg/dl.", "creatinina");

    assertThat(v.number()).isEqualByComparingTo("1.3");
    assertThat(v.unit()).isEqualTo("mg/dl");
    assertThat(v.sourceText()).isEqualTo("1.3 mg/dl");
  }

  @Test
  void skipsSpecimenQualifiersAndShortConnectors() {
    assertThat(valueAfter("Glucosa en sangre 126 mg/dL", "Glucosa").number())
        .isEqualByComparingTo("126");
    assertThat(valueAfter("Hb de 9,8 g/dl", "Hb").sourceText()).isEqualTo("9,8 g/dl");
    assertThat(valueAfter("la glucemia es de 110 mg/dL", "glucemia").number())
        .isEqualByComparingTo("110");
    assertThat(valueAfter("Hb = 13", "Hb").unit()).isNull();
    assertThat(valueAfter("Hb al ingreso 8,1 g/dL", "Hb").number()).isEqualByComparingTo("8.1");
  }

  @Test
  void readsBloodPressureAsARatio() {
    MeasurementValue v = valueAfter("TA 140/90 mmHg, FC 88 lpm", "TA");

    assertThat(v.number()).isEqualByComparingTo("140");
    assertThat(v.secondNumber()).isEqualByComparingTo("90");
    assertThat(v.unit()).isEqualTo("mmHg");
    assertThat(v.sourceText()).isEqualTo("140/90 mmHg");
  }

  @Test
  void readsOperators() {
    MeasurementValue lt = valueAfter("PCR < 5 mg/L", "PCR");
    assertThat(lt.operator()).isEqualTo("<");
    assertThat(lt.number()).isEqualByComparingTo("5");
    assertThat(lt.unit()).isEqualTo("mg/L");
    assertThat(lt.sourceText()).isEqualTo("< 5 mg/L");

    assertThat(valueAfter("troponina >= 14 ng/L", "troponina").operator()).isEqualTo(">=");
    assertThat(valueAfter("troponina ≤14 ng/L", "troponina").operator()).isEqualTo("<=");
    assertThat(valueAfter("ferritina menor de 15 ng/mL", "ferritina").operator()).isEqualTo("<");
  }

  @Test
  void readsUnitsWrittenInManyWays() {
    assertThat(valueAfter("K+ 3.2 mEq/L", "K+").unit()).isEqualTo("mEq/L");
    MeasurementValue sat = valueAfter("SatO2 95%", "SatO2");
    assertThat(sat.number()).isEqualByComparingTo("95");
    assertThat(sat.unit()).isEqualTo("%");
    assertThat(valueAfter("FC 88 lpm", "FC").unit()).isEqualTo("lpm");
    MeasurementValue temp = valueAfter("Tª 38,2 ºC", "Tª");
    assertThat(temp.number()).isEqualByComparingTo("38.2");
    assertThat(temp.unit()).isEqualTo("ºC");
    assertThat(valueAfter("leucocitos 12,5 x10^9/L", "leucocitos").unit()).isEqualTo("x10^9/L");
    assertThat(valueAfter("FG 58 mL/min/1,73m2", "FG").unit()).isEqualTo("mL/min/1,73m2");
    assertThat(valueAfter("IMC 31 kg/m2.", "IMC").unit()).isEqualTo("kg/m2");
    assertThat(valueAfter("proteinuria 150 mg/24h", "proteinuria").unit()).isEqualTo("mg/24h");
    MeasurementValue noUnit = valueAfter("TA 120/80 2 h después", "TA");
    assertThat(noUnit.unit()).isNull();
    assertThat(noUnit.sourceText()).isEqualTo("120/80");
  }

  @Test
  void readsPointGroupsOfThreeDigitsAsThousands() {
    MeasurementValue plaquetas = valueAfter("plaquetas 150.000/mm3", "plaquetas");
    assertThat(plaquetas.number()).isEqualByComparingTo("150000");
    assertThat(plaquetas.unit()).isEqualTo("/mm3");
    assertThat(plaquetas.secondNumber()).isNull();

    assertThat(valueAfter("leucocitos 12.500,5", "leucocitos").number())
        .isEqualByComparingTo("12500.5");
    assertThat(valueAfter("creatinina 0.500 mg/dL", "creatinina").number())
        .isEqualByComparingTo("0.5");
    assertThat(valueAfter("INR 1.25", "INR").number()).isEqualByComparingTo("1.25");
  }

  @Test
  void readsReferenceRanges() {
    MeasurementValue hb = valueAfter("Hb 11,2 g/dL (12-16)", "Hb");
    assertThat(hb.rangeLow()).isEqualByComparingTo("12");
    assertThat(hb.rangeHigh()).isEqualByComparingTo("16");
    assertThat(hb.sourceText()).isEqualTo("11,2 g/dL");

    MeasurementValue cr = valueAfter("creatinina 1,3 mg/dL (VN: 0,5-1,2)", "creatinina");
    assertThat(cr.rangeLow()).isEqualByComparingTo("0.5");
    assertThat(cr.rangeHigh()).isEqualByComparingTo("1.2");

    MeasurementValue pcr = valueAfter("PCR 12 mg/L (< 5)", "PCR");
    assertThat(pcr.rangeLow()).isNull();
    assertThat(pcr.rangeHigh()).isEqualByComparingTo("5");
  }

  @Test
  void findsNoValueWhenNoNumberFollows() {
    assertThat(after("Solicitar hemoglobina y ferritina.", "hemoglobina")).isEmpty();
    assertThat(after("Hemoglobina", "Hemoglobina")).isEmpty();
  }

  @Test
  void readsQualitativeResultsAsMeasValueNames() {
    MeasurementValue positive =
        valueAfter("Antígeno de neumococo en orina positivo.", "Antígeno de neumococo");
    assertThat(positive.qualitative()).isEqualTo("Positive");
    assertThat(positive.number()).isNull();
    assertThat(positive.sourceText()).isEqualTo("positivo");

    assertThat(valueAfter("PCR SARS-CoV-2: negativa", "PCR SARS-CoV-2").qualitative())
        .isEqualTo("Negative");
    assertThat(valueAfter("carga viral indetectable", "carga viral").qualitative())
        .isEqualTo("Not detected");
    assertThat(valueAfter("hemoglobina normal, 12", "hemoglobina").qualitative())
        .isEqualTo("Normal");
    assertThat(valueAfter("hemocultivos no detectados", "hemocultivos").qualitative())
        .isEqualTo("Not detected");
  }

  @Test
  void readsTheRangeAfterAQualitativeResult() {
    MeasurementValue v = valueAfter("ferritina normal (VN 30-400)", "ferritina");

    assertThat(v.qualitative()).isEqualTo("Normal");
    assertThat(v.rangeLow()).isEqualByComparingTo("30");
    assertThat(v.rangeHigh()).isEqualByComparingTo("400");
  }

  @Test
  void readsAWrittenOperatorBeforeANumber() {
    MeasurementValue v = valueAfter("troponina inferior a 0,5 ng/ml", "troponina");

    assertThat(v.operator()).isEqualTo("<");
    assertThat(v.number()).isEqualByComparingTo("0.5");
    assertThat(v.qualitative()).isNull();
  }

  @Test
  void readsNoQualitativeResultInsideAnotherWord() {
    assertThat(after("hemoglobina normalizada tras transfusión", "hemoglobina")).isEmpty();
    assertThat(after("Se solicita PCR y positivo el resto", "PCR")).isEmpty();
  }

  @Test
  void doesNotReadAcrossASentenceEndOrLineBreak() {
    assertThat(after("Se pide creatinina. 2 días después alta.", "creatinina")).isEmpty();
    assertThat(after("Se pide creatinina\n2 comprimidos", "creatinina")).isEmpty();
  }

  @Test
  void rejectsDatesAndNumbersGluedToWords() {
    assertThat(after("creatinina 12/05/2023 normal", "creatinina")).isEmpty();
    assertThat(after("hemoglobina 2a determinación", "hemoglobina")).isEmpty();
  }

  @Test
  void rejectsAnEndOutsideTheText() {
    assertThatThrownBy(() -> extractor.extract("Hb", 3))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }
}
