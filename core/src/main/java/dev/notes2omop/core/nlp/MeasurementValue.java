package dev.notes2omop.core.nlp;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The result written next to a measurement name: "hemoglobina 11,2 g/dL", "PCR &lt; 5 mg/L", "TA
 * 140/90 mmHg".
 *
 * @param number the value (for a ratio such as blood pressure, the first number)
 * @param operator the comparison written before it ({@code <}, {@code <=}, {@code >}, {@code >=}),
 *     or {@code null} for a plain value
 * @param unit the unit as written, or {@code null}
 * @param secondNumber the second number of a ratio ("140/90"), or {@code null}
 * @param rangeLow the lower bound of a stated reference range, or {@code null}
 * @param rangeHigh the upper bound of a stated reference range, or {@code null}
 * @param sourceText the value, operator and unit exactly as written
 */
public record MeasurementValue(
    BigDecimal number,
    String operator,
    String unit,
    BigDecimal secondNumber,
    BigDecimal rangeLow,
    BigDecimal rangeHigh,
    String sourceText) {

  public MeasurementValue {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(sourceText, "sourceText");
  }
}
