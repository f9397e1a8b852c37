package dev.notes2omop.core.nlp;

import java.util.Locale;
import java.util.Optional;

/** The entity types the tagger knows, named after the OMOP domains they map into. */
public enum EntityLabel {
  CONDITION("Condition"),
  DRUG("Drug"),
  MEASUREMENT("Measurement"),
  PROCEDURE("Procedure");

  private final String domainId;

  EntityLabel(String domainId) {
    this.domainId = domainId;
  }

  /** The OMOP {@code domain_id} this label corresponds to. */
  public String domainId() {
    return domainId;
  }

  /** The label for an OMOP {@code domain_id}, if the tagger has one for that domain. */
  public static Optional<EntityLabel> fromDomain(String domainId) {
    if (domainId == null) {
      return Optional.empty();
    }
    for (EntityLabel label : values()) {
      if (label.domainId.equalsIgnoreCase(domainId.trim())) {
        return Optional.of(label);
      }
    }
    return Optional.empty();
  }

  /** Parses a label name such as {@code condition} or {@code DRUG}. */
  public static EntityLabel parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown entity label '" + name + "': use one of CONDITION, DRUG, MEASUREMENT, PROCEDURE",
          e);
    }
  }
}
