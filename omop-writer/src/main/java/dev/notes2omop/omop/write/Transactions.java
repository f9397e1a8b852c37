package dev.notes2omop.omop.write;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Runs work in one database transaction. */
final class Transactions {

  /** Work on a connection inside a transaction. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private Transactions() {}

  /**
   * Runs {@code work} in a transaction and commits it; rolls back and throws {@link
   * OmopWriteException} (with {@code what} in its message) when it fails.
   */
  static <T> T inTransaction(DataSource dataSource, String what, Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollback(connection, e);
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new OmopWriteException(what + " failed: " + e.getMessage(), e);
    }
  }

  /** Takes a lock, held until the transaction ends, that serialises all work on one key. */
  static void lock(Connection connection, long key) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
      statement.setLong(1, key);
      statement.execute();
    }
  }

  private static void rollback(Connection connection, Exception failure) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }
}
