package dev.notes2omop.tagger.value;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spanish routes of administration, as written in folded text ("via oral", "vo", "iv", "sc", "en
 * perfusion"), and their OMOP Route concept names ({@code Oral}, {@code Intravenous}, ...).
 */
final class DrugRoutes {

  /** A route found in a folded text: its OMOP name and where it was written. */
  record Found(String route, int start, int end) {}

  private record Route(String name, Pattern pattern) {}

  private static final String B = "(?<![\\p{L}\\p{N}])";
  private static final String E = "(?![\\p{L}\\p{N}])";

  private static final List<Route> ROUTES =
      List.of(
          route("Oral", "(?:via\\h+oral|por\\h+boca|oral|v\\.\\h?o\\.?|vo)"),
          route(
              "Intravenous",
              "(?:via\\h+(?:intravenosa|endovenosa|iv|ev)|intravenos[oa]s?|endovenos[oa]s?"
                  + "|en\\h+perfusion(?:\\h+continua)?|perfusion\\h+continua|en\\h+bolo|i\\.\\h?v\\.?|e\\.\\h?v\\.?"
                  + "|iv|ev)"),
          route("Subcutaneous", "(?:via\\h+subcutanea|subcutane[oa]s?|s\\.\\h?c\\.?|sc|sbc)"),
          route("Intramuscular", "(?:via\\h+intramuscular|intramuscular|i\\.\\h?m\\.?|im)"),
          route("Inhalation", "(?:inhalad[oa]s?|inhalatori[oa]|inhalacion|nebulizad[oa]s?)"),
          route("Sublingual", "(?:via\\h+sublingual|sublingual|sl)"),
          route("Transdermal", "(?:transdermic[oa]|via\\h+transdermica)"),
          route("Topical", "(?:topic[oa]|via\\h+topica)"),
          route("Rectal", "(?:via\\h+rectal|rectal)"),
          route("Nasal", "(?:via\\h+nasal|intranasal|nasal)"),
          route("Ophthalmic", "(?:oftalmic[oa]|colirio)"));

  private DrugRoutes() {}

  private static Route route(String name, String written) {
    return new Route(name, Pattern.compile(B + written + E));
  }

  /** The route written first in {@code folded}. */
  static Optional<Found> find(String folded) {
    Found best = null;
    for (Route route : ROUTES) {
      Matcher m = route.pattern().matcher(folded);
      if (m.find() && (best == null || m.start() < best.start())) {
        best = new Found(route.name(), m.start(), m.end());
      }
    }
    return Optional.ofNullable(best);
  }
}
