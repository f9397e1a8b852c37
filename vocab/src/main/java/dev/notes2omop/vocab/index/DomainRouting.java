package dev.notes2omop.vocab.index;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which concept domains a mention of a domain may map to: its own, and compatible ones at a
 * penalty. Conditions, measurements and procedures are often recorded as observations in the
 * vocabularies (history of, finding of, ...), and an observation mention may be any of the three.
 * Drugs have no compatible domain; a unit is never a mention's concept.
 */
final class DomainRouting {

  private static final Map<String, Set<String>> COMPATIBLE =
      Map.of(
          "Condition", Set.of("Observation"),
          "Measurement", Set.of("Observation"),
          "Procedure", Set.of("Observation"),
          "Observation", Set.of("Condition", "Measurement", "Procedure"));

  private DomainRouting() {}

  /** The domains searched for {@code domain}: itself first, then the compatible ones. */
  static Set<String> searched(String domain) {
    Set<String> domains = new LinkedHashSet<>();
    domains.add(domain);
    domains.addAll(COMPATIBLE.getOrDefault(domain, Set.of()));
    return domains;
  }

  /** 1 for the same domain, {@code compatibleFactor} for a compatible one, else 0. */
  static double factor(String wanted, String found, double compatibleFactor) {
    if (wanted == null || wanted.equals(found)) {
      return 1;
    }
    return COMPATIBLE.getOrDefault(wanted, Set.of()).contains(found) ? compatibleFactor : 0;
  }
}
