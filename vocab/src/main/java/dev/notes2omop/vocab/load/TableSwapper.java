package dev.notes2omop.vocab.load;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Swaps the new tables in, all in one short transaction: for each table, live → {@code n2o_old_X},
 * {@code n2o_new_X} → live, old dropped, indexes and constraints renamed to their original names.
 * Waiting for the exclusive locks is bounded (a long reader would otherwise queue every later
 * reader behind the swap); the swap is tried again a few times before the load fails.
 */
final class TableSwapper {

  private static final Logger log = LoggerFactory.getLogger(AthenaLoader.class);

  /** SQLSTATE of {@code lock_not_available}, raised when {@code lock_timeout} expires. */
  private static final String LOCK_NOT_AVAILABLE = "55P03";

  private final Connection connection;
  private final WorkTables work;
  private final Duration lockTimeout;
  private final int attempts;

  TableSwapper(Connection connection, WorkTables work, Duration lockTimeout, int attempts) {
    this.connection = connection;
    this.work = work;
    this.lockTimeout = lockTimeout;
    this.attempts = attempts;
  }

  void swap(List<NewTableBuilder.Renames> tables) throws SQLException {
    for (int attempt = 1; ; attempt++) {
      try {
        swapOnce(tables);
        return;
      } catch (SQLException e) {
        if (!LOCK_NOT_AVAILABLE.equals(e.getSQLState()) || attempt >= attempts) {
          throw e;
        }
        log.warn(
            "vocabulary swap waited {} ms for readers of the live tables; trying again ({}/{})",
            lockTimeout.toMillis(),
            attempt,
            attempts);
        try {
          Thread.sleep(lockTimeout.toMillis());
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  private void swapOnce(List<NewTableBuilder.Renames> tables) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET LOCAL lock_timeout = " + lockTimeout.toMillis());
      statement.execute(
          "LOCK TABLE "
              + tables.stream().map(r -> work.live(r.table)).collect(Collectors.joining(", "))
              + " IN ACCESS EXCLUSIVE MODE");
      for (NewTableBuilder.Renames renames : tables) {
        VocabularyTable table = renames.table;
        statement.execute("ALTER TABLE " + work.live(table) + " RENAME TO " + work.oldName(table));
        statement.execute("ALTER TABLE " + work.fresh(table) + " RENAME TO " + table.tableName());
        // the old table's indexes hold the original names until it is gone
        statement.execute("DROP TABLE " + work.old(table));
        for (NewTableBuilder.Rename rename : renames.constraints) {
          statement.execute(
              "ALTER TABLE "
                  + work.live(table)
                  + " RENAME CONSTRAINT "
                  + rename.temporary()
                  + " TO "
                  + quote(rename.original()));
        }
        for (NewTableBuilder.Rename rename : renames.indexes) {
          statement.execute(
              "ALTER INDEX "
                  + work.schema()
                  + "."
                  + rename.temporary()
                  + " RENAME TO "
                  + quote(rename.original()));
        }
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  /** Quotes a name read from the catalogue, keeping it exactly as it was. */
  static String quote(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }
}
