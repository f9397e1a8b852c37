package dev.notes2omop.vocab.drug;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether an RxNorm dose form ("Oral Tablet", "Injectable Solution") is the form a note states
 * ({@code Tablet}, {@code Injection}, ...) or can be given by the route it states ({@code Oral},
 * {@code Intravenous}, ...).
 */
final class DoseForms {

  /** The words of RxNorm dose forms each stated form stands for. */
  private static final Map<String, List<String>> FORM_WORDS =
      Map.of(
          "Tablet", List.of("tablet"),
          "Capsule", List.of("capsule"),
          "Injection", List.of("inject", "syringe", "cartridge"),
          "Oral Solution", List.of("oral solution", "syrup", "oral drops"),
          "Oral Suspension", List.of("oral suspension"),
          "Transdermal System", List.of("transdermal"),
          "Topical Cream", List.of("cream"),
          "Topical Ointment", List.of("ointment"),
          "Rectal Suppository", List.of("suppository"),
          "Inhaler", List.of("inhal"));

  /** The words of RxNorm dose forms that each route can give. */
  private static final Map<String, List<String>> ROUTE_WORDS =
      Map.ofEntries(
          Map.entry("Oral", List.of("oral", "tablet", "capsule", "syrup")),
          Map.entry("Intravenous", List.of("inject", "syringe", "cartridge")),
          Map.entry("Subcutaneous", List.of("inject", "syringe", "cartridge", "pen")),
          Map.entry("Intramuscular", List.of("inject", "syringe", "cartridge")),
          Map.entry("Inhalation", List.of("inhal")),
          Map.entry("Sublingual", List.of("sublingual")),
          Map.entry("Transdermal", List.of("transdermal")),
          Map.entry("Topical", List.of("topical", "cream", "ointment", "gel", "lotion")),
          Map.entry("Rectal", List.of("rectal", "suppository", "enema")),
          Map.entry("Nasal", List.of("nasal")),
          Map.entry("Ophthalmic", List.of("ophthalmic")));

  private DoseForms() {}

  static boolean matches(String statedForm, String doseForm) {
    return containsAny(doseForm, FORM_WORDS.getOrDefault(statedForm, List.of()));
  }

  static boolean routeAgrees(String route, String doseForm) {
    return containsAny(doseForm, ROUTE_WORDS.getOrDefault(route, List.of()));
  }

  private static boolean containsAny(String doseForm, List<String> words) {
    String form = doseForm.toLowerCase(Locale.ROOT);
    for (String word : words) {
      if (form.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
