package dev.notes2omop.vocab.index;

import dev.notes2omop.vocab.ConceptDictionary;
import dev.notes2omop.vocab.UnitIndex;
import dev.notes2omop.vocab.lexicon.Lexicon;
import dev.notes2omop.vocab.lexicon.LexiconEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * UCUM units, {@code Meas Value Operator} concepts, and the standard {@code Meas Value}
 * (qualitative results) and {@code Route} concepts by name, in memory: both are small (about a
 * thousand UCUM concepts in a full Athena download), unlike the rest of the vocabulary. Read-only
 * after {@link #load}.
 */
final class MeasurementLookup {

  private final UnitIndex units = new UnitIndex();
  private final Map<String, Integer> operators = new HashMap<>();
  private final Map<String, Integer> measValues = new HashMap<>();
  private final Map<String, Integer> routes = new HashMap<>();

  private MeasurementLookup() {}

  static MeasurementLookup load(Connection connection, String schema, Lexicon lexicon)
      throws SQLException {
    MeasurementLookup lookup = new MeasurementLookup();
    Map<String, Integer> byCode = new HashMap<>();
    String sql =
        "SELECT c.concept_code, c.standard_concept = 'S',"
            + " CASE WHEN c.standard_concept = 'S' THEN c.concept_id ELSE m.target END FROM "
            + schema
            + ".concept c LEFT JOIN LATERAL (SELECT min(r.concept_id_2) AS target FROM "
            + schema
            + ".concept_relationship r JOIN "
            + schema
            + ".concept t ON t.concept_id = r.concept_id_2 AND t.standard_concept = 'S'"
            + " AND t.invalid_reason IS NULL WHERE r.concept_id_1 = c.concept_id"
            + " AND r.relationship_id = 'Maps to' AND r.invalid_reason IS NULL) m ON true"
            + " WHERE c.vocabulary_id = 'UCUM' AND c.domain_id = 'Unit'";
    try (PreparedStatement ps = connection.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        int standardId = rs.getInt(3);
        if (!rs.wasNull()) {
          String code = rs.getString(1);
          boolean standard = rs.getBoolean(2);
          lookup.units.addCode(code, standardId, standard);
          if (standard || !byCode.containsKey(code)) {
            byCode.put(code, standardId);
          }
        }
      }
    }
    for (LexiconEntry entry : lexicon.entries()) {
      if (entry.isUnit() && "UCUM".equals(entry.vocabularyId())) {
        Integer id = byCode.get(entry.conceptCode());
        if (id != null) {
          lookup.units.addWrittenForm(entry.term(), id);
        }
      }
    }
    try (PreparedStatement ps =
            connection.prepareStatement(
                "SELECT concept_name, concept_id FROM "
                    + schema
                    + ".concept WHERE vocabulary_id = 'Meas Value Operator'"
                    + " AND invalid_reason IS NULL ORDER BY concept_id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        lookup.operators.putIfAbsent(rs.getString(1).strip(), rs.getInt(2));
      }
    }
    try (PreparedStatement ps =
            connection.prepareStatement(
                "SELECT domain_id, concept_name, concept_id FROM "
                    + schema
                    + ".concept WHERE domain_id IN ('Meas Value', 'Route')"
                    + " AND standard_concept = 'S' AND invalid_reason IS NULL ORDER BY concept_id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        Map<String, Integer> names =
            "Route".equals(rs.getString(1)) ? lookup.routes : lookup.measValues;
        names.putIfAbsent(rs.getString(2).strip().toLowerCase(Locale.ROOT), rs.getInt(3));
      }
    }
    return lookup;
  }

  /** The standard Meas Value concept named {@code name} ("Positive"), the lowest id first. */
  OptionalInt measValue(String name) {
    return named(measValues, name);
  }

  /** The standard Route concept named {@code name} ("Oral"), the lowest id first. */
  OptionalInt route(String name) {
    return named(routes, name);
  }

  private static OptionalInt named(Map<String, Integer> names, String name) {
    if (name == null) {
      return OptionalInt.empty();
    }
    Integer id = names.get(name.strip().toLowerCase(Locale.ROOT));
    return id == null ? OptionalInt.empty() : OptionalInt.of(id);
  }

  /** The UCUM concept of a unit as written. */
  OptionalInt unit(String written) {
    return units.find(written);
  }

  /** The operator concept of {@code <}, {@code <=}, {@code =}, ... ("≤" and "≥" accepted). */
  OptionalInt operator(String operator) {
    if (operator == null || operator.isBlank()) {
      return OptionalInt.empty();
    }
    Integer id = operators.get(ConceptDictionary.normaliseOperator(operator));
    return id == null ? OptionalInt.empty() : OptionalInt.of(id);
  }

  int unitCount() {
    return units.size();
  }
}
