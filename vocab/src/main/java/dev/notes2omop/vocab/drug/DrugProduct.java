package dev.notes2omop.vocab.drug;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A standard single-ingredient RxNorm product of the loaded vocabulary: a Clinical Drug ("enalapril
 * 20 MG Oral Tablet"), a Clinical Drug Comp ("enalapril 20 MG") or a Clinical Drug Form ("enalapril
 * Oral Tablet").
 *
 * @param conceptId the product's concept
 * @param conceptName its name
 * @param vocabularyId its vocabulary
 * @param conceptCode its code
 * @param conceptClassId {@code Clinical Drug}, {@code Clinical Drug Comp} or {@code Clinical Drug
 *     Form}
 * @param ingredientConceptId its ingredient's concept, or 0 when only its name is known
 * @param ingredientKey the {@link IngredientKey} of its ingredient's name
 * @param strength its strength, or {@code null} for a Clinical Drug Form
 * @param doseForm its RxNorm dose form ("Oral Tablet", "Injectable Solution"), or {@code null} for
 *     a Clinical Drug Comp
 */
public record DrugProduct(
    int conceptId,
    String conceptName,
    String vocabularyId,
    String conceptCode,
    String conceptClassId,
    int ingredientConceptId,
    String ingredientKey,
    Strength strength,
    String doseForm) {

  public DrugProduct {
    Objects.requireNonNull(conceptName, "conceptName");
    Objects.requireNonNull(ingredientKey, "ingredientKey");
    if (strength == null && doseForm == null) {
      throw new IllegalArgumentException(conceptName + " has neither a strength nor a form");
    }
  }

  /** How specific the product is: 2 with strength and form, 1 with one of them. */
  int specificity() {
    return (strength == null ? 0 : 1) + (doseForm == null ? 0 : 1);
  }

  /**
   * An amount in a canonical unit: mass in {@code MG}, and {@code UNT}, {@code MEQ}, {@code ML},
   * {@code MG/ML}, {@code UNT/ML} as RxNorm writes them.
   */
  public record Strength(BigDecimal amount, String unit) {

    public Strength {
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(unit, "unit");
      amount = amount.stripTrailingZeros();
    }

    /** The strength of an amount in a unit as written in Spanish or RxNorm, if it is known. */
    public static Optional<Strength> of(BigDecimal amount, String writtenUnit) {
      if (amount == null || writtenUnit == null) {
        return Optional.empty();
      }
      String u = writtenUnit.toLowerCase(Locale.ROOT).replaceAll("[\\s.]", "").replace('µ', 'u');
      u = u.replace('μ', 'u');
      return switch (u) {
        case "mg" -> Optional.of(new Strength(amount, "MG"));
        case "g", "gr" -> Optional.of(new Strength(amount.movePointRight(3), "MG"));
        case "mcg", "ug" -> Optional.of(new Strength(amount.movePointLeft(3), "MG"));
        case "ui", "u", "unt", "unidades", "[iu]", "[u]" ->
            Optional.of(new Strength(amount, "UNT"));
        case "meq" -> Optional.of(new Strength(amount, "MEQ"));
        case "ml" -> Optional.of(new Strength(amount, "ML"));
        case "mg/ml" -> Optional.of(new Strength(amount, "MG/ML"));
        case "unt/ml", "ui/ml" -> Optional.of(new Strength(amount, "UNT/ML"));
        default -> Optional.empty();
      };
    }

    /** Whether two strengths are the same amount of the same unit. */
    public boolean sameAs(Strength other) {
      return unit.equals(other.unit) && amount.compareTo(other.amount) == 0;
    }
  }
}
