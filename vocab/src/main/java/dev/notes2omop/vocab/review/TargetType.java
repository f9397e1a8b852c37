package dev.notes2omop.vocab.review;

import java.util.Locale;

/**
 * What the target concept stands for, Usagi's {@code mappingType}: the event itself, its value or
 * its unit. Older Usagi files say {@code EVENT}, {@code VALUE} and {@code UNIT}.
 */
public enum TargetType {
  MAPS_TO,
  MAPS_TO_VALUE,
  MAPS_TO_UNIT;

  /** Parses a type name, accepting the names of older Usagi files. */
  public static TargetType parse(String name) {
    String upper = name.strip().toUpperCase(Locale.ROOT);
    return switch (upper) {
      case "EVENT" -> MAPS_TO;
      case "VALUE" -> MAPS_TO_VALUE;
      case "UNIT" -> MAPS_TO_UNIT;
      default -> {
        try {
          yield valueOf(upper);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              "unknown mapping type '" + name + "': use MAPS_TO, MAPS_TO_VALUE or MAPS_TO_UNIT", e);
        }
      }
    };
  }
}
