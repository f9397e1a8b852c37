package dev.notes2omop.core.mapping;

import dev.notes2omop.core.nlp.Mention;
import java.util.Objects;

/**
 * A mention with the concept it maps to and, for measurements, the concepts of its unit and
 * operator.
 *
 * @param mention the mention
 * @param concept its concept ({@link ConceptMatch#NONE} when unmapped)
 * @param unitConceptId the UCUM concept of the measurement's unit, or 0
 * @param operatorConceptId the concept of the measurement's operator, or 0
 */
public record MappedMention(
    Mention mention, ConceptMatch concept, int unitConceptId, int operatorConceptId) {

  public MappedMention {
    Objects.requireNonNull(mention, "mention");
    Objects.requireNonNull(concept, "concept");
  }
}
