package dev.notes2omop.core.mapping;

import dev.notes2omop.core.nlp.Mention;
import java.util.Objects;

/**
 * A mention with the concept it maps to and, for measurements, the concepts of its unit, operator
 * and qualitative result, for drugs, of its route.
 *
 * @param mention the mention
 * @param concept its concept ({@link ConceptMatch#NONE} when unmapped)
 * @param unitConceptId the UCUM concept of the measurement's unit, or 0
 * @param operatorConceptId the concept of the measurement's operator, or 0
 * @param valueConceptId the Meas Value concept of a qualitative result ("positivo"), or 0
 * @param routeConceptId the Route concept of a drug's stated route ("vía oral"), or 0
 */
public record MappedMention(
    Mention mention,
    ConceptMatch concept,
    int unitConceptId,
    int operatorConceptId,
    int valueConceptId,
    int routeConceptId) {

  /** A mention without a qualitative result or route concept. */
  public MappedMention(
      Mention mention, ConceptMatch concept, int unitConceptId, int operatorConceptId) {
    this(mention, concept, unitConceptId, operatorConceptId, 0, 0);
  }

  public MappedMention {
    Objects.requireNonNull(mention, "mention");
    Objects.requireNonNull(concept, "concept");
  }
}
