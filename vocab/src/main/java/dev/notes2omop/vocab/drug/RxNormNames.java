package dev.notes2omop.vocab.drug;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a single-ingredient RxNorm clinical name (ingredient in any case, units in capitals, the
 * dose form's words capitalised): "enalapril 20 MG Oral Tablet" is the ingredient "enalapril", the
 * strength 20 MG and the form "Oral Tablet"; "doxycycline hyclate 100 MG" has no form; "enalapril
 * Oral Tablet" no strength. Names of several ingredients ("... / ..."), of a quantity or duration
 * first ("10 ML ...", "24 HR ...") or of a brand ("[...]") are not read.
 */
final class RxNormNames {

  /** What a name says. */
  record Parsed(String ingredient, DrugProduct.Strength strength, String doseForm) {}

  private static final Pattern NAME =
      Pattern.compile(
          "(?<ing>[A-Za-z][A-Za-z0-9,'\\- ]*?)"
              + "(?:\\s+(?<amt>\\d+(?:\\.\\d+)?)\\s+(?<unit>MG|MCG|UNT|MEQ|ML|MG/ML|UNT/ML))?"
              + "(?:\\s+(?<form>[A-Z][A-Za-z ]*))?");

  private RxNormNames() {}

  static Optional<Parsed> parse(String name) {
    if (name.contains("/ ") || name.contains("[") || name.contains("{")) {
      return Optional.empty();
    }
    Matcher m = NAME.matcher(name.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    DrugProduct.Strength strength = null;
    if (m.group("amt") != null) {
      strength =
          DrugProduct.Strength.of(new BigDecimal(m.group("amt")), m.group("unit")).orElse(null);
    }
    String form = m.group("form") == null ? null : m.group("form").strip();
    if (strength == null && form == null) {
      return Optional.empty();
    }
    return Optional.of(new Parsed(m.group("ing").strip(), strength, form));
  }
}
