package dev.notes2omop.vocab.webapi;

import java.util.List;

/**
 * A concept related to the one asked about, with the relationships that relate them (WebAPI's
 * {@code RELATIONSHIPS}).
 *
 * @param concept the related concept
 * @param relationships how it is related, at least one
 */
public record WebApiRelatedConcept(WebApiConcept concept, List<Relationship> relationships) {

  public WebApiRelatedConcept {
    relationships = List.copyOf(relationships);
  }

  /** Whether one of the relationships has this name, ignoring case. */
  public boolean hasRelationship(String relationshipName) {
    return relationships.stream().anyMatch(r -> r.name().equalsIgnoreCase(relationshipName));
  }

  /**
   * One relationship.
   *
   * @param name {@code RELATIONSHIP_NAME}, e.g. {@code "Maps to"}, {@code "Is a"}
   * @param distance {@code RELATIONSHIP_DISTANCE}: 0 for a direct relationship, the number of
   *     levels for ancestors and descendants
   */
  public record Relationship(String name, int distance) {}
}
