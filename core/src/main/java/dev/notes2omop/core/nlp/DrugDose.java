package dev.notes2omop.core.nlp;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What the note says about how a drug is given, read next to its mention: "enalapril 20 mg 1
 * comprimido cada 12 h vía oral durante 7 días".
 *
 * @param amount the strength or dose ("20" of "20 mg"), or {@code null}
 * @param unit the unit of {@link #amount} as written ("mg", "g", "mcg", "UI", "mg/ml"), or {@code
 *     null}
 * @param form the dose form in RxNorm's words ({@code Tablet}, {@code Capsule}, {@code Injection},
 *     {@code Oral Solution}, ...), or {@code null} when not stated
 * @param route the route in OMOP's Route names ({@code Oral}, {@code Intravenous}, {@code
 *     Subcutaneous}, ...), or {@code null} when not stated
 * @param routeText the route as written ("vía oral", "iv", "en perfusión"), or {@code null}
 * @param daysSupply the days stated ("durante 7 días"), or {@code null}
 * @param sig the phrase from the mention to the end of what was read, as written
 */
public record DrugDose(
    BigDecimal amount,
    String unit,
    String form,
    String route,
    String routeText,
    Integer daysSupply,
    String sig) {

  public DrugDose {
    Objects.requireNonNull(sig, "sig");
    if (amount != null && amount.signum() < 0) {
      throw new IllegalArgumentException("negative amount " + amount);
    }
    if (daysSupply != null && daysSupply < 1) {
      throw new IllegalArgumentException("days supply " + daysSupply + " is not positive");
    }
  }

  /** Whether the note states anything beyond the drug's name. */
  public boolean isEmpty() {
    return amount == null && form == null && route == null && daysSupply == null;
  }
}
