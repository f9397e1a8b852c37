package dev.notes2omop.vocab.index;

import dev.notes2omop.core.mapping.MatchType;
import java.util.Objects;

/**
 * An extra term the caller wants indexed, e.g. a data steward's decision that a text names a
 * concept.
 *
 * @param text the text as written
 * @param conceptId the concept it names; a non-standard one is indexed as its {@code Maps to}
 *     target, with this id as the source concept
 * @param origin how a match on it is reported, usually {@link MatchType#OVERRIDE}
 */
public record IndexTerm(String text, int conceptId, MatchType origin) {

  public IndexTerm {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(origin, "origin");
    if (text.isBlank()) {
      throw new IllegalArgumentException("an index term must not be blank");
    }
    if (conceptId <= 0) {
      throw new IllegalArgumentException(
          "index term '"
              + text
              + "' has concept id "
              + conceptId
              + ": give the concept it names (a 'no concept' decision is applied by the caller,"
              + " not indexed)");
    }
    if (origin == MatchType.NONE || origin == MatchType.FUZZY) {
      throw new IllegalArgumentException(
          "index term '" + text + "' has origin " + origin + ": use OVERRIDE, LEXICON or SYNONYM");
    }
  }

  /** A steward's override: reported as {@link MatchType#OVERRIDE}. */
  public static IndexTerm override(String text, int conceptId) {
    return new IndexTerm(text, conceptId, MatchType.OVERRIDE);
  }
}
