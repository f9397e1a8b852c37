package dev.notes2omop.tagger.value;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spanish dose forms, as written in folded text ("comprimidos", "caps", "ampolla", "jarabe"), and
 * the RxNorm dose form word they name ({@code Tablet}, {@code Capsule}, {@code Injection}, ...).
 */
final class DrugForms {

  /** A form found in a folded text: its RxNorm word and where it ends. */
  record Found(String form, int start, int end) {}

  private record Form(String name, Pattern pattern) {}

  private static final String B = "(?<![\\p{L}\\p{N}])";
  private static final String E = "(?![\\p{L}\\p{N}])";

  private static final List<Form> FORMS =
      List.of(
          form("Tablet", "(?:comprimidos?|comp\\.?|cp|grageas?)"),
          form("Capsule", "(?:capsulas?|caps\\.?)"),
          form(
              "Injection",
              "(?:ampollas?|viales?|inyectables?|inyeccion|jeringas?\\h+precargadas?)"),
          form("Oral Solution", "(?:jarabe|solucion\\h+oral|gotas\\h+orales)"),
          form("Oral Suspension", "(?:suspension\\h+oral)"),
          form("Transdermal System", "(?:parches?)"),
          form("Topical Cream", "(?:crema)"),
          form("Topical Ointment", "(?:pomada)"),
          form("Rectal Suppository", "(?:supositorios?)"),
          form("Inhaler", "(?:inhalador(?:es)?|puffs?)"));

  private DrugForms() {}

  private static Form form(String name, String written) {
    return new Form(name, Pattern.compile(B + written + E));
  }

  /** The form written first in {@code folded}. */
  static Optional<Found> find(String folded) {
    Found best = null;
    for (Form form : FORMS) {
      Matcher m = form.pattern().matcher(folded);
      if (m.find() && (best == null || m.start() < best.start())) {
        best = new Found(form.name(), m.start(), m.end());
      }
    }
    return Optional.ofNullable(best);
  }
}
