package dev.notes2omop.omop.write;

import dev.notes2omop.omop.schema.SchemaNames;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Finds the {@code person_id} of a source reference such as {@code Patient/7}: through our {@code
 * person_source} table, else a single CDM {@code person} row with that {@code person_source_value}
 * (a person written by another ETL).
 */
final class PersonResolver {

  private final String bySource;
  private final String byPerson;
  private final String many;

  PersonResolver(SchemaNames names) {
    this.bySource =
        "SELECT person_id FROM "
            + names.ownObject("person_source")
            + " WHERE person_source_value = ?";
    this.byPerson =
        "SELECT person_id FROM "
            + names.cdmTable("person")
            + " WHERE person_source_value = ? ORDER BY person_id LIMIT 2";
    this.many =
        "SELECT r.ref, COALESCE(s.person_id, (SELECT CASE WHEN count(*) = 1 THEN min(p.person_id)"
            + " END FROM "
            + names.cdmTable("person")
            + " p WHERE p.person_source_value = r.ref)) FROM (SELECT DISTINCT ref FROM"
            + " unnest(?::text[]) AS u(ref)) AS r LEFT JOIN "
            + names.ownObject("person_source")
            + " s ON s.person_source_value = r.ref";
  }

  /**
   * The {@code person_id}s of several references in one query, as {@link #resolve} finds them one
   * by one; a reference that does not resolve is absent from the map.
   */
  Map<String, Long> resolveAll(Connection connection, Collection<String> sourceValues)
      throws SQLException {
    Map<String, Long> found = new HashMap<>();
    if (sourceValues.isEmpty()) {
      return found;
    }
    try (PreparedStatement statement = connection.prepareStatement(many)) {
      statement.setArray(1, connection.createArrayOf("text", sourceValues.toArray()));
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          long personId = rs.getLong(2);
          if (!rs.wasNull()) {
            found.put(rs.getString(1), personId);
          }
        }
      }
    }
    return found;
  }

  OptionalLong resolve(Connection connection, String sourceValue) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(bySource)) {
      statement.setString(1, sourceValue);
      try (ResultSet rs = statement.executeQuery()) {
        if (rs.next()) {
          return OptionalLong.of(rs.getLong(1));
        }
      }
    }
    try (PreparedStatement statement = connection.prepareStatement(byPerson)) {
      statement.setString(1, sourceValue);
      try (ResultSet rs = statement.executeQuery()) {
        if (rs.next()) {
          long personId = rs.getLong(1);
          return rs.next() ? OptionalLong.empty() : OptionalLong.of(personId);
        }
      }
    }
    return OptionalLong.empty();
  }
}
