package dev.notes2omop.core.mapping;

import dev.notes2omop.core.nlp.Mention;

/** Maps mentions to standard OMOP concepts. Implementations are thread-safe. */
public interface ConceptMapper {

  /** The concept of {@code mention}; {@link ConceptMatch#NONE} when there is no good match. */
  MappedMention map(Mention mention);

  /**
   * The concept of {@code mention}, read in its note: a mapper may use the words around the mention
   * (its context) to choose among candidates. The default ignores the note.
   *
   * @param noteText the whole text of the note the mention's offsets point into
   */
  default MappedMention map(Mention mention, String noteText) {
    return map(mention);
  }
}
