package dev.notes2omop.core.nlp;

import java.util.Objects;

/**
 * One surface form a dictionary tagger looks for.
 *
 * @param term the text as written ("HTA", "diabetes mellitus tipo 2")
 * @param label the entity label of the concept it names
 * @param conceptId the standard concept it names, or 0 when unknown
 */
public record DictionaryTerm(String term, EntityLabel label, int conceptId) {

  public DictionaryTerm {
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(label, "label");
    if (term.isBlank()) {
      throw new IllegalArgumentException("a dictionary term must not be blank");
    }
  }
}
