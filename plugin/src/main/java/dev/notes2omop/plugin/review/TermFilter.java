package dev.notes2omop.plugin.review;

import java.util.Locale;
import java.util.Set;

/**
 * The filters of the term list.
 *
 * @param unmapped only terms with concept 0
 * @param scoreBelow only terms chosen with a score below this (0 to 1), or null
 * @param domain only terms of this label ({@code CONDITION}, ...), or null
 * @param state only terms in this review state ({@code UNDECIDED}, {@code APPROVED}, ...), or null
 * @param text only terms whose folded text contains this, or null
 * @param page the page, from 0
 */
public record TermFilter(
    boolean unmapped, Double scoreBelow, String domain, String state, String text, int page) {

  static final Set<String> LABELS = Set.of("CONDITION", "DRUG", "MEASUREMENT", "PROCEDURE");
  static final Set<String> STATES =
      Set.of("UNDECIDED", "APPROVED", "REMAPPED", "NO_CONCEPT", "NOT_ENTITY");

  /** Longest text filter kept. */
  static final int MAX_TEXT = 200;

  public TermFilter {
    domain = pick(domain, LABELS);
    state = pick(state, STATES);
    if (text != null) {
      text = text.strip();
      text = text.isEmpty() ? null : text.substring(0, Math.min(text.length(), MAX_TEXT));
    }
    if (scoreBelow != null && (scoreBelow.isNaN() || scoreBelow <= 0 || scoreBelow > 1)) {
      scoreBelow = null;
    }
    page = Math.max(0, Math.min(page, 1_000_000));
  }

  private static String pick(String value, Set<String> allowed) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String upper = value.strip().toUpperCase(Locale.ROOT);
    return allowed.contains(upper) ? upper : null;
  }

  static TermFilter none() {
    return new TermFilter(false, null, null, null, null, 0);
  }
}
