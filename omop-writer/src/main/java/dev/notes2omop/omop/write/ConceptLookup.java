package dev.notes2omop.omop.write;

import dev.notes2omop.omop.schema.SchemaNames;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Looks concepts up in the loaded vocabulary (the CDM {@code concept} table). Found ids are kept; a
 * miss is remembered for a minute, so that a vocabulary loaded later is seen without a lookup per
 * note.
 */
final class ConceptLookup {

  private static final long MISS_TTL_NANOS = TimeUnit.MINUTES.toNanos(1);

  private record Entry(int conceptId, long expiresAt) {}

  private final String byCode;
  private final String byName;
  private final Map<String, Entry> cache = new ConcurrentHashMap<>();

  ConceptLookup(SchemaNames names) {
    String concept = names.cdmTable("concept");
    this.byCode =
        "SELECT concept_id FROM "
            + concept
            + " WHERE vocabulary_id = ? AND concept_code = ?"
            + " ORDER BY CASE WHEN invalid_reason IS NULL THEN 0 ELSE 1 END, concept_id LIMIT 1";
    this.byName =
        "SELECT concept_id FROM "
            + concept
            + " WHERE concept_name = ?"
            + " ORDER BY CASE WHEN standard_concept = 'S' THEN 0 ELSE 1 END,"
            + " CASE WHEN invalid_reason IS NULL THEN 0 ELSE 1 END, concept_id LIMIT 1";
  }

  /** The concept with {@code code} in {@code vocabularyId}, or 0. */
  int byCode(Connection connection, String vocabularyId, String code) throws SQLException {
    return cached(
        connection, "code\u0000" + vocabularyId + "\u0000" + code, byCode, vocabularyId, code);
  }

  /** The concept named exactly {@code name} (standard first), or 0. */
  int byName(Connection connection, String name) throws SQLException {
    return cached(connection, "name\u0000" + name, byName, name);
  }

  private int cached(Connection connection, String key, String sql, String... parameters)
      throws SQLException {
    Entry entry = cache.get(key);
    long now = System.nanoTime();
    if (entry != null && (entry.conceptId() != 0 || now - entry.expiresAt() < 0)) {
      return entry.conceptId();
    }
    int conceptId = 0;
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setString(i + 1, parameters[i]);
      }
      try (ResultSet rs = statement.executeQuery()) {
        if (rs.next()) {
          conceptId = rs.getInt(1);
        }
      }
    }
    cache.put(key, new Entry(conceptId, now + MISS_TTL_NANOS));
    return conceptId;
  }
}
