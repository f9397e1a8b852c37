package dev.notes2omop.vocab.review;

import dev.notes2omop.vocab.Concept;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Looks target concepts up in the CDM {@code CONCEPT} table and says what is wrong with one that
 * cannot be a target: missing, or not standard (with its {@code Maps to} target, when it has one).
 */
final class TargetConcepts {

  private final String cdmSchema;
  private final Map<Integer, Concept> concepts = new HashMap<>();
  private final Map<Integer, Concept> mapsTo = new HashMap<>();

  private TargetConcepts(String cdmSchema) {
    this.cdmSchema = cdmSchema;
  }

  /** Reads the concepts {@code ids} (0 is skipped) and the Maps to targets of non-standard ones. */
  static TargetConcepts read(Connection connection, String cdmSchema, Collection<Integer> ids)
      throws SQLException {
    TargetConcepts targets = new TargetConcepts(cdmSchema);
    Set<Integer> wanted = new LinkedHashSet<>(ids);
    wanted.remove(0);
    if (wanted.isEmpty()) {
      return targets;
    }
    String sql =
        "SELECT c.concept_id, c.concept_name, c.domain_id, c.vocabulary_id, c.concept_class_id,"
            + " c.standard_concept, c.concept_code, t.concept_id, t.concept_name, t.domain_id,"
            + " t.vocabulary_id, t.concept_class_id, t.standard_concept, t.concept_code FROM "
            + cdmSchema
            + ".concept c LEFT JOIN LATERAL (SELECT t.* FROM "
            + cdmSchema
            + ".concept_relationship r JOIN "
            + cdmSchema
            + ".concept t ON t.concept_id = r.concept_id_2 AND t.standard_concept = 'S'"
            + " WHERE r.concept_id_1 = c.concept_id AND r.relationship_id = 'Maps to'"
            + " AND r.invalid_reason IS NULL AND c.standard_concept IS DISTINCT FROM 'S'"
            + " ORDER BY t.concept_id LIMIT 1) t ON true WHERE c.concept_id = ANY (?)";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setArray(1, connection.createArrayOf("int4", wanted.toArray()));
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          Concept concept = concept(rs, 1);
          targets.concepts.put(concept.conceptId(), concept);
          if (rs.getObject(8) != null) {
            targets.mapsTo.put(concept.conceptId(), concept(rs, 8));
          }
        }
      }
    }
    return targets;
  }

  /** The concept, if it exists. */
  Optional<Concept> concept(int conceptId) {
    return Optional.ofNullable(concepts.get(conceptId));
  }

  /** What is wrong with {@code conceptId} as a target, or empty when it is a standard concept. */
  Optional<String> problem(int conceptId) {
    if (conceptId == 0) {
      return Optional.empty();
    }
    Concept concept = concepts.get(conceptId);
    if (concept == null) {
      return Optional.of(
          "concept "
              + conceptId
              + " does not exist in "
              + cdmSchema
              + ".concept: check the id, or load the vocabulary that has it ('vocab load')");
    }
    if (concept.isStandard()) {
      return Optional.empty();
    }
    Concept target = mapsTo.get(conceptId);
    String hint =
        target == null
            ? "choose a standard concept"
            : "use its 'Maps to' target " + target.conceptId() + " '" + target.conceptName() + "'";
    return Optional.of(
        "concept "
            + conceptId
            + " '"
            + concept.conceptName()
            + "' ("
            + concept.vocabularyId()
            + ") is not a standard concept: "
            + hint);
  }

  /** Whether the problem of {@code conceptId} is that it does not exist. */
  boolean isMissing(int conceptId) {
    return conceptId != 0 && !concepts.containsKey(conceptId);
  }

  private static Concept concept(ResultSet rs, int first) throws SQLException {
    return new Concept(
        rs.getInt(first),
        rs.getString(first + 1),
        rs.getString(first + 2),
        rs.getString(first + 3),
        rs.getString(first + 4),
        rs.getString(first + 5),
        rs.getString(first + 6));
  }
}
