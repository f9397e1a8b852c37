package dev.notes2omop.vocab.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The columns of one CDM table as the database defines them. */
record TableColumns(String table, List<Column> columns) {

  /** One column: its name, kind, whether it is required and its maximum length (0: none). */
  record Column(String name, ColumnType type, boolean required, int maxLength) {}

  TableColumns {
    columns = List.copyOf(columns);
  }

  /** Reads the columns of {@code schema.table}; fails when the table does not exist. */
  static TableColumns read(Connection connection, String schema, String table) throws SQLException {
    List<Column> columns = new ArrayList<>();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT column_name, data_type, is_nullable, character_maximum_length"
                + " FROM information_schema.columns"
                + " WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position")) {
      statement.setString(1, schema);
      statement.setString(2, table);
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          columns.add(
              new Column(
                  rs.getString(1).toLowerCase(Locale.ROOT),
                  ColumnType.of(rs.getString(2)),
                  "NO".equals(rs.getString(3)),
                  rs.getInt(4)));
        }
      }
    }
    if (columns.isEmpty()) {
      throw new VocabularyLoadException(
          "table "
              + schema
              + "."
              + table
              + " does not exist: create the CDM schema (Liquibase changelog) before loading");
    }
    return new TableColumns(table, columns);
  }

  Optional<Column> column(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return columns.stream().filter(c -> c.name().equals(lower)).findFirst();
  }

  List<String> names() {
    return columns.stream().map(Column::name).toList();
  }
}
