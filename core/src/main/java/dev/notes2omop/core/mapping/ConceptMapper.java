package dev.notes2omop.core.mapping;

import dev.notes2omop.core.nlp.Mention;

/** Maps mentions to standard OMOP concepts. Implementations are thread-safe. */
public interface ConceptMapper {

  /** The concept of {@code mention}; {@link ConceptMatch#NONE} when there is no good match. */
  MappedMention map(Mention mention);
}
