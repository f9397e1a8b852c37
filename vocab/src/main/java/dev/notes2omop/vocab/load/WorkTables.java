package dev.notes2omop.vocab.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tables a load works in, next to the live table in the CDM schema: {@code n2o_stage_X} (the
 * rows as copied, UNLOGGED, no index), {@code n2o_new_X} (de-duplicated and indexed, swapped in at
 * the end) and {@code n2o_old_X} (the previous table for the moment of the swap). Only these exact
 * names are ever dropped, so nothing of a site's own is touched.
 */
final class WorkTables {

  private static final Logger log = LoggerFactory.getLogger(AthenaLoader.class);

  private static final String STAGE = "n2o_stage_";
  private static final String NEW = "n2o_new_";
  private static final String OLD = "n2o_old_";

  private final String schema;

  WorkTables(String schema) {
    this.schema = schema;
  }

  String schema() {
    return schema;
  }

  String live(VocabularyTable table) {
    return schema + "." + table.tableName();
  }

  String stage(VocabularyTable table) {
    return schema + "." + STAGE + table.tableName();
  }

  String fresh(VocabularyTable table) {
    return schema + "." + NEW + table.tableName();
  }

  /** The unqualified name of the new table, as it is renamed to the live one. */
  String freshName(VocabularyTable table) {
    return NEW + table.tableName();
  }

  String oldName(VocabularyTable table) {
    return OLD + table.tableName();
  }

  String old(VocabularyTable table) {
    return schema + "." + OLD + table.tableName();
  }

  /** A temporary name for the {@code ordinal}-th index or constraint built on the new table. */
  String freshIndexName(VocabularyTable table, int ordinal) {
    return NEW + table.tableName() + "_" + ordinal;
  }

  /**
   * Drops the work tables a killed or failed earlier load left behind.
   *
   * @return the tables dropped
   */
  List<String> dropLeftovers(Connection connection) throws SQLException {
    List<String> names = new ArrayList<>();
    for (VocabularyTable table : VocabularyTable.values()) {
      names.add(STAGE + table.tableName());
      names.add(NEW + table.tableName());
      names.add(OLD + table.tableName());
    }
    List<String> found = new ArrayList<>();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = ? AND c.relkind = 'r' AND c.relname = ANY (?)"
                + " ORDER BY c.relname")) {
      statement.setString(1, schema);
      statement.setArray(2, connection.createArrayOf("text", names.toArray()));
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          found.add(rs.getString(1));
        }
      }
    }
    try (Statement statement = connection.createStatement()) {
      for (String name : found) {
        statement.execute("DROP TABLE IF EXISTS " + schema + "." + name);
        log.info(
            "dropped {}.{}, left by an earlier vocabulary load that did not finish", schema, name);
      }
    }
    return found;
  }

  /** Drops the staging and new tables of {@code tables}, e.g. after a failure. */
  void dropWorkTables(Connection connection, Iterable<VocabularyTable> tables) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (VocabularyTable table : tables) {
        statement.execute("DROP TABLE IF EXISTS " + stage(table));
        statement.execute("DROP TABLE IF EXISTS " + fresh(table));
      }
    }
  }
}
