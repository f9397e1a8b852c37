package dev.notes2omop.core.nlp;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The result written next to a measurement name: "hemoglobina 11,2 g/dL", "PCR &lt; 5 mg/L", "TA
 * 140/90 mmHg", "antígeno de neumococo positivo".
 *
 * @param number the value (for a ratio such as blood pressure, the first number), or {@code null}
 *     for a qualitative result
 * @param operator the comparison written before it ({@code <}, {@code <=}, {@code >}, {@code >=}),
 *     or {@code null} for a plain value
 * @param unit the unit as written, or {@code null}
 * @param secondNumber the second number of a ratio ("140/90"), or {@code null}
 * @param rangeLow the lower bound of a stated reference range, or {@code null}
 * @param rangeHigh the upper bound of a stated reference range, or {@code null}
 * @param sourceText the value, operator and unit exactly as written
 * @param qualitative a qualitative result in OMOP's Meas Value names ({@code Positive}, {@code
 *     Negative}, {@code Normal}, {@code Not detected}, ...), or {@code null}
 */
public record MeasurementValue(
    BigDecimal number,
    String operator,
    String unit,
    BigDecimal secondNumber,
    BigDecimal rangeLow,
    BigDecimal rangeHigh,
    String sourceText,
    String qualitative) {

  /** A numeric result. */
  public MeasurementValue(
      BigDecimal number,
      String operator,
      String unit,
      BigDecimal secondNumber,
      BigDecimal rangeLow,
      BigDecimal rangeHigh,
      String sourceText) {
    this(
        Objects.requireNonNull(number, "number"),
        operator,
        unit,
        secondNumber,
        rangeLow,
        rangeHigh,
        sourceText,
        null);
  }

  public MeasurementValue {
    if (number == null && qualitative == null) {
      throw new IllegalArgumentException("a value needs a number or a qualitative result");
    }
    Objects.requireNonNull(sourceText, "sourceText");
  }

  /** A qualitative result ("positivo") with the reference range stated next to it, if any. */
  public static MeasurementValue qualitative(String qualitative, String sourceText) {
    return new MeasurementValue(
        null, null, null, null, null, null, sourceText, Objects.requireNonNull(qualitative));
  }
}
