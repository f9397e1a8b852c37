package dev.notes2omop.omop.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes2omop.omop.testing.TestDatabase;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * After migration, the live CDM schema (information_schema) is the OHDSI CDM v5.4 field-level CSV,
 * table by table and field by field: type, length, nullability, primary key.
 */
class CdmSchemaMatchesSpecTest {

  private static final Pattern VARCHAR = Pattern.compile("(?i)varchar\\((\\d+|max)\\)");

  private static CdmSpec spec;
  private static Map<String, Map<String, String[]>> live;
  private static Map<String, Set<String>> primaryKeys;

  @BeforeAll
  static void migrateAndReadTheLiveSchema() throws IOException, SQLException {
    spec = CdmSpec.fromSharedDirectory();
    DataSource db = TestDatabase.freshDatabase();
    live = new HashMap<>();
    primaryKeys = new HashMap<>();
    try (Connection c = db.getConnection()) {
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT table_name, column_name, data_type, character_maximum_length, is_nullable"
                  + " FROM information_schema.columns WHERE table_schema = 'cdm'")) {
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            Object length = rs.getObject(4);
            live.computeIfAbsent(rs.getString(1), t -> new HashMap<>())
                .put(
                    rs.getString(2),
                    new String[] {
                      rs.getString(3), length == null ? null : length.toString(), rs.getString(5)
                    });
          }
        }
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT k.table_name, k.column_name FROM information_schema.table_constraints t"
                  + " JOIN information_schema.key_column_usage k"
                  + " ON k.constraint_name = t.constraint_name"
                  + " AND k.constraint_schema = t.constraint_schema"
                  + " WHERE t.constraint_type = 'PRIMARY KEY' AND t.table_schema = 'cdm'")) {
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            primaryKeys.computeIfAbsent(rs.getString(1), t -> new HashSet<>()).add(rs.getString(2));
          }
        }
      }
    }
  }

  @Test
  void hasExactlyTheSpecifiedTables() {
    assertThat(live.keySet()).containsExactlyInAnyOrderElementsOf(spec.tables().keySet());
    assertThat(live).hasSize(39);
  }

  @Test
  void everyTableHasExactlyTheSpecifiedFields() {
    for (Map.Entry<String, List<CdmSpec.Field>> table : spec.tables().entrySet()) {
      assertThat(live.get(table.getKey()).keySet())
          .as("fields of %s", table.getKey())
          .containsExactlyInAnyOrderElementsOf(
              table.getValue().stream().map(CdmSpec.Field::name).toList());
    }
  }

  @Test
  void everyFieldHasTheSpecifiedTypeLengthAndNullability() {
    for (List<CdmSpec.Field> fields : spec.tables().values()) {
      for (CdmSpec.Field field : fields) {
        String[] column = live.get(field.table()).get(field.name());
        String name = field.table() + "." + field.name();
        String[] expected = expectedType(field.cdmDatatype());
        assertThat(column[0]).as("type of %s", name).isEqualTo(expected[0]);
        assertThat(column[1]).as("length of %s", name).isEqualTo(expected[1]);
        assertThat(column[2])
            .as("nullability of %s", name)
            .isEqualTo(field.required() ? "NO" : "YES");
      }
    }
  }

  @Test
  void primaryKeysAreTheSpecifiedOnes() {
    for (Map.Entry<String, List<CdmSpec.Field>> table : spec.tables().entrySet()) {
      Set<String> expected = new HashSet<>();
      table.getValue().stream()
          .filter(CdmSpec.Field::primaryKey)
          .forEach(f -> expected.add(f.name()));
      assertThat(primaryKeys.getOrDefault(table.getKey(), Set.of()))
          .as("primary key of %s", table.getKey())
          .isEqualTo(expected);
    }
    assertThat(primaryKeys).containsEntry("note_nlp", Set.of("note_nlp_id"));
  }

  @Test
  void quotedOffsetFieldIsAPlainColumnNamedOffset() {
    assertThat(live.get("note_nlp")).containsKey("offset");
    assertThat(live.get("note_nlp").get("offset"))
        .containsExactly("character varying", "50", "YES");
  }

  /** information_schema's data_type and character_maximum_length for a CSV datatype. */
  private static String[] expectedType(String cdmDatatype) {
    Matcher varchar = VARCHAR.matcher(cdmDatatype.trim());
    if (varchar.matches()) {
      return varchar.group(1).equalsIgnoreCase("max")
          ? new String[] {"text", null}
          : new String[] {"character varying", varchar.group(1)};
    }
    switch (cdmDatatype.trim().toLowerCase(Locale.ROOT)) {
      case "integer":
        return new String[] {"integer", null};
      case "bigint":
        return new String[] {"bigint", null};
      case "date":
        return new String[] {"date", null};
      case "datetime":
        return new String[] {"timestamp without time zone", null};
      case "float":
        return new String[] {"numeric", null};
      default:
        throw new AssertionError("unexpected CDM datatype " + cdmDatatype);
    }
  }
}
