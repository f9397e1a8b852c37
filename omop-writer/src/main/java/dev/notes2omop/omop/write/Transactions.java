package dev.notes2omop.omop.write;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;

/** Runs work in one database transaction (the row writers and the work queue). */
public final class Transactions {

  /** Work on a connection inside a transaction. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private Transactions() {}

  /**
   * Runs {@code work} in a transaction and commits it; rolls back and throws {@link
   * OmopWriteException} (with {@code what} in its message) when it fails.
   */
  static <T> T inTransaction(DataSource dataSource, String what, Work<T> work) {
    return inTransaction(
        dataSource, work, e -> new OmopWriteException(what + " failed: " + e.getMessage(), e));
  }

  /**
   * Runs {@code work} in a transaction and commits it; rolls back when it fails, and turns a
   * database failure into the exception {@code failure} makes of it (a {@link RuntimeException} of
   * the work is rethrown as it is).
   */
  public static <T> T inTransaction(
      DataSource dataSource, Work<T> work, Function<SQLException, RuntimeException> failure) {
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
      throw failure.apply(e);
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

  /**
   * Takes the locks of several keys, in key order so that two transactions taking overlapping sets
   * never deadlock, in one round trip.
   */
  static void lockAll(Connection connection, List<Long> keys) throws SQLException {
    if (keys.isEmpty()) {
      return;
    }
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT count(pg_advisory_xact_lock(k)) FROM"
                + " (SELECT DISTINCT k FROM unnest(?::bigint[]) AS u(k) ORDER BY k) AS sorted")) {
      statement.setArray(1, connection.createArrayOf("bigint", keys.toArray()));
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
