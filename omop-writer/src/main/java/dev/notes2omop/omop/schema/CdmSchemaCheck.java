package dev.notes2omop.omop.schema;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares the tables of a CDM schema with the CDM v5.4 field list generated next to the changelog
 * ({@code db/changelog/cdm/cdm-v5.4-fields.csv}). A missing table or column, a different type or
 * length, or a NOT NULL the CDM does not have are problems; extra columns, a missing NOT NULL and
 * missing primary keys are tolerated, since the writers work with them.
 */
final class CdmSchemaCheck {

  static final String FIELDS = "db/changelog/cdm/cdm-v5.4-fields.csv";

  /** One field of the specification. */
  record SpecField(String table, String name, String type, boolean required, boolean primaryKey) {}

  private record LiveColumn(String type, boolean nullable) {}

  private CdmSchemaCheck() {}

  /** The CDM v5.4 fields, table by table, in specification order. */
  static Map<String, List<SpecField>> specification() {
    Map<String, List<SpecField>> tables = new LinkedHashMap<>();
    try (InputStream in = CdmSchemaCheck.class.getClassLoader().getResourceAsStream(FIELDS)) {
      if (in == null) {
        throw new IllegalStateException(FIELDS + " is missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      boolean header = true;
      while ((line = reader.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] cells = line.split(",", -1);
        SpecField field =
            new SpecField(
                cells[0], cells[1], cells[2], "yes".equals(cells[3]), "yes".equals(cells[4]));
        tables.computeIfAbsent(field.table(), t -> new ArrayList<>()).add(field);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FIELDS, e);
    }
    return tables;
  }

  /** What does not match in {@code schema}; empty when it matches. */
  static List<String> problems(Connection connection, String schema) throws SQLException {
    Map<String, Map<String, LiveColumn>> live = liveColumns(connection, schema);
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, List<SpecField>> table : specification().entrySet()) {
      Map<String, LiveColumn> columns = live.get(table.getKey());
      if (columns == null) {
        problems.add("table " + table.getKey() + " is missing");
        continue;
      }
      for (SpecField field : table.getValue()) {
        LiveColumn column = columns.get(field.name());
        String name = table.getKey() + "." + field.name();
        if (column == null) {
          problems.add(name + " is missing");
        } else if (!column.type().equals(field.type())) {
          problems.add(name + " is " + column.type() + ", expected " + field.type());
        } else if (!column.nullable() && !field.required() && !field.primaryKey()) {
          problems.add(name + " is NOT NULL, but CDM v5.4 allows null");
        }
      }
    }
    return problems;
  }

  private static Map<String, Map<String, LiveColumn>> liveColumns(
      Connection connection, String schema) throws SQLException {
    Map<String, Map<String, LiveColumn>> tables = new HashMap<>();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT table_name, column_name, data_type, character_maximum_length, is_nullable"
                + " FROM information_schema.columns WHERE table_schema = ?")) {
      statement.setString(1, schema);
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          tables
              .computeIfAbsent(rs.getString(1), t -> new HashMap<>())
              .put(
                  rs.getString(2),
                  new LiveColumn(
                      typeName(rs.getString(3), (Integer) rs.getObject(4)),
                      "YES".equals(rs.getString(5))));
        }
      }
    }
    return tables;
  }

  /** The information_schema type in the notation of the field list. */
  static String typeName(String dataType, Integer length) {
    switch (dataType) {
      case "character varying":
        return length == null ? "varchar" : "varchar(" + length + ")";
      case "timestamp without time zone":
        return "timestamp";
      default:
        return dataType;
    }
  }
}
