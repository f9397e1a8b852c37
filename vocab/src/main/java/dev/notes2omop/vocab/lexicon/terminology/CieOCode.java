package dev.notes2omop.vocab.lexicon.terminology;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One line of the CIE-O-3.1 morphology: a code such as {@code 8140/3} (histology and behaviour) or
 * {@code 8140/33} (with the grade or cell-type digit), and its full and short Spanish descriptions.
 *
 * @param code the CIE-O code as published
 * @param description the full description ("Adenocarcinoma, SAI")
 * @param shortDescription the short description ("Adenocarcinoma, SAI", "Ca epidermoide, SAI")
 */
public record CieOCode(String code, String description, String shortDescription) {

  private static final Pattern CODE = Pattern.compile("\\d{4}/\\d\\d?");

  public CieOCode {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(shortDescription, "shortDescription");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "'" + code + "' is not a CIE-O morphology code (NNNN/B or NNNN/BG)");
    }
  }

  /**
   * The histology and behaviour, {@code NNNN/B}: the OMOP {@code ICDO3} concept code. OMOP has no
   * concept for the sixth (grade or cell type) digit.
   */
  public String histology() {
    return code.substring(0, 6);
  }

  /** Whether the code carries a sixth digit (grade, or cell type for lymphomas and leukaemias). */
  public boolean graded() {
    return code.length() == 7;
  }
}
