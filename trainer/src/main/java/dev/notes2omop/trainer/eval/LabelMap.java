package dev.notes2omop.trainer.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which of a data set's labels count as which of ours: {@code MORFOLOGIA_NEOPLASIA=CONDITION}. Gold
 * labels that are not in the map are ignored; so are predicted labels that no gold label maps to (a
 * CONDITION tagged in a drug-only data set is neither right nor wrong there).
 */
public final class LabelMap {

  private final Map<String, String> targets;

  private LabelMap(Map<String, String> targets) {
    if (targets.isEmpty()) {
      throw new IllegalArgumentException("the label map is empty: give GOLD=OURS pairs");
    }
    this.targets = Collections.unmodifiableMap(new LinkedHashMap<>(targets));
  }

  /**
   * Parses {@code GOLD=OURS,GOLD2=OURS2}. Several gold labels may map to one of ours.
   *
   * @throws IllegalArgumentException when a pair is malformed or a gold label is given twice
   */
  public static LabelMap parse(String spec) {
    if (spec == null || spec.isBlank()) {
      throw new IllegalArgumentException("the label map is empty: give GOLD=OURS pairs");
    }
    Map<String, String> targets = new LinkedHashMap<>();
    for (String pair : spec.split(",")) {
      String[] parts = pair.split("=", -1);
      if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
        throw new IllegalArgumentException(
            "label map entry '" + pair.strip() + "' is not GOLD=OURS (e.g. NORMALIZABLES=DRUG)");
      }
      String gold = parts[0].strip();
      if (targets.put(gold, parts[1].strip()) != null) {
        throw new IllegalArgumentException("gold label " + gold + " is mapped twice");
      }
    }
    return new LabelMap(targets);
  }

  /** Our label for gold label {@code gold}, or empty when the gold label is ignored. */
  public Optional<String> target(String gold) {
    return Optional.ofNullable(targets.get(gold));
  }

  /** Our labels that some gold label maps to, in the order first given. */
  public Set<String> targets() {
    return Collections.unmodifiableSet(new LinkedHashSet<>(targets.values()));
  }

  /** Whether predictions with our label {@code label} are scored. */
  public boolean scores(String label) {
    return targets.containsValue(label);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    targets.forEach(
        (gold, ours) -> s.append(s.isEmpty() ? "" : ",").append(gold).append('=').append(ours));
    return s.toString();
  }
}
