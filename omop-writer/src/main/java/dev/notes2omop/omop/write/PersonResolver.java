package dev.notes2omop.omop.write;

import dev.notes2omop.omop.schema.SchemaNames;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;

/**
 * Finds the {@code person_id} of a source reference such as {@code Patient/7}: through our {@code
 * person_source} table, else a single CDM {@code person} row with that {@code person_source_value}
 * (a person written by another ETL).
 */
final class PersonResolver {

  private final String bySource;
  private final String byPerson;

  PersonResolver(SchemaNames names) {
    this.bySource =
        "SELECT person_id FROM "
            + names.ownObject("person_source")
            + " WHERE person_source_value = ?";
    this.byPerson =
        "SELECT person_id FROM "
            + names.cdmTable("person")
            + " WHERE person_source_value = ? ORDER BY person_id LIMIT 2";
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
