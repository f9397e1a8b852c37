package dev.notes2omop.vocab.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The database session of one load: autocommit (each step commits on its own, so no transaction
 * holds the catalogue for hours), a search path of {@code pg_catalog} only (the catalogue then
 * spells table names with their schema), more memory for sorts and index builds, and an advisory
 * lock so that two loads into the same schema never run at once. Closing restores the session.
 */
final class LoadSession implements AutoCloseable {

  private final Connection connection;
  private final String schema;
  private final boolean autoCommit;

  private LoadSession(Connection connection, String schema, boolean autoCommit) {
    this.connection = connection;
    this.schema = schema;
    this.autoCommit = autoCommit;
  }

  /**
   * Prepares {@code connection} for a load into {@code schema}.
   *
   * @throws VocabularyLoadException when another load into the schema is running
   */
  static LoadSession open(Connection connection, String schema, String workMemory)
      throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(true);
    LoadSession session = new LoadSession(connection, schema, autoCommit);
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET search_path = pg_catalog");
      statement.execute("SET work_mem = '" + workMemory + "'");
      statement.execute("SET maintenance_work_mem = '" + workMemory + "'");
    }
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT pg_try_advisory_lock(hashtext('notes2omop vocabulary load'), hashtext(?))")) {
      statement.setString(1, schema);
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        if (!rs.getBoolean(1)) {
          session.restore();
          throw new VocabularyLoadException(
              "another vocabulary load into schema "
                  + schema
                  + " is running: wait for it to finish (a killed load releases it at once)");
        }
      }
    } catch (SQLException | RuntimeException e) {
      session.restore();
      throw e;
    }
    return session;
  }

  Connection connection() {
    return connection;
  }

  private void restore() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("RESET search_path");
      statement.execute("RESET work_mem");
      statement.execute("RESET maintenance_work_mem");
    }
    connection.setAutoCommit(autoCommit);
  }

  @Override
  public void close() throws SQLException {
    if (connection.isClosed()) {
      return;
    }
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT pg_advisory_unlock(hashtext('notes2omop vocabulary load'), hashtext(?))")) {
      statement.setString(1, schema);
      statement.execute();
    }
    restore();
  }
}
