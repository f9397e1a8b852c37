package dev.notes2omop.omop.queue;

import dev.notes2omop.omop.schema.SchemaNames;
import dev.notes2omop.omop.write.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The durable work queue in {@code work_item}. Thread-safe; any number of processes may share one
 * queue.
 *
 * <p>Items of one resource are handed out in arrival order, one at a time: an item is not claimed
 * while an earlier item of the same resource is pending or processing. A claim holds a lease; an
 * item whose lease ends unfinished (its worker died) is claimed again, so processing is at least
 * once, and the writers' idempotence makes the rows exactly once.
 */
public final class WorkQueue {

  private static final int ERROR_LENGTH = 1000;

  private final DataSource dataSource;
  private final String insert;
  private final String claim;
  private final String finish;
  private final String retry;
  private final String unpark;
  private final String counts;
  private final String readPoll;
  private final String writePoll;

  public WorkQueue(DataSource dataSource, SchemaNames names) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    String table = names.ownObject("work_item");
    this.insert =
        "INSERT INTO "
            + table
            + " (kind, resource_id, version_id, payload, source, dedup_key)"
            + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (dedup_key) DO NOTHING";
    this.claim =
        "UPDATE "
            + table
            + " SET state = 'PROCESSING', attempts = attempts + 1,"
            + " lease_until = now() + make_interval(secs => ?), updated_at = now()"
            + " WHERE item_id IN (SELECT c.item_id FROM "
            + table
            + " c WHERE ((c.state = 'PENDING' AND c.next_attempt_at <= now())"
            + " OR (c.state = 'PROCESSING' AND c.lease_until < now()))"
            + " AND NOT EXISTS (SELECT 1 FROM "
            + table
            + " e WHERE e.resource_id = c.resource_id AND e.item_id < c.item_id"
            + " AND e.state IN ('PENDING', 'PROCESSING'))"
            + " ORDER BY c.item_id LIMIT ? FOR UPDATE SKIP LOCKED)"
            + " RETURNING item_id, kind, resource_id, version_id, payload, source, attempts";
    this.finish =
        "UPDATE "
            + table
            + " SET state = ?, last_error = ?, lease_until = NULL, updated_at = now()"
            + " WHERE item_id = ?";
    this.retry =
        "UPDATE "
            + table
            + " SET state = 'PENDING', last_error = ?, lease_until = NULL,"
            + " next_attempt_at = now() + make_interval(secs => ?), updated_at = now()"
            + " WHERE item_id = ?";
    this.unpark =
        "UPDATE "
            + table
            + " SET state = 'DONE', updated_at = now() WHERE state = 'PARKED' AND resource_id = ?";
    this.counts = "SELECT state, count(*) FROM " + table + " GROUP BY state";
    String poll = names.ownObject("poll_state");
    this.readPoll = "SELECT last_updated FROM " + poll + " WHERE source = ?";
    this.writePoll =
        "INSERT INTO "
            + poll
            + " (source, last_updated) VALUES (?, ?) ON CONFLICT (source) DO UPDATE"
            + " SET last_updated = greatest("
            + poll
            + ".last_updated, EXCLUDED.last_updated)";
  }

  /**
   * Stores {@code items} in one transaction.
   *
   * @return how many were new (the others were re-deliveries)
   * @throws QueueUnavailableException when the database fails; then nothing was stored
   */
  public int enqueue(List<NewWorkItem> items) {
    return inTransaction("storing the delivery", connection -> enqueue(connection, items));
  }

  /**
   * Stores {@code items} on {@code connection}, in the caller's transaction (the HAPI interceptor
   * stores them in the FHIR server's own commit).
   *
   * @return how many were new
   */
  public int enqueue(Connection connection, List<NewWorkItem> items) throws SQLException {
    int added = 0;
    try (PreparedStatement statement = connection.prepareStatement(insert)) {
      for (NewWorkItem item : items) {
        statement.setString(1, item.kind().name());
        statement.setString(2, item.resourceId());
        statement.setString(3, item.versionId());
        statement.setString(4, item.payload());
        statement.setString(5, fit(item.source(), 200));
        statement.setString(6, item.dedupKey());
        added += statement.executeUpdate();
      }
    }
    return added;
  }

  /**
   * Claims up to {@code max} ready items for {@code lease}.
   *
   * @throws QueueUnavailableException when the database fails
   */
  public List<WorkItem> claim(int max, Duration lease) {
    return inTransaction(
        "claiming work",
        connection -> {
          List<WorkItem> items = new ArrayList<>();
          try (PreparedStatement statement = connection.prepareStatement(claim)) {
            statement.setDouble(1, lease.toMillis() / 1000.0);
            statement.setInt(2, max);
            try (ResultSet rs = statement.executeQuery()) {
              while (rs.next()) {
                items.add(
                    new WorkItem(
                        rs.getLong(1),
                        WorkKind.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getInt(7)));
              }
            }
          }
          items.sort((a, b) -> Long.compare(a.id(), b.id()));
          return items;
        });
  }

  /** Marks the item processed. */
  public void done(long itemId) {
    finish(itemId, WorkState.DONE, null);
  }

  /** Marks the item parked: its note waits for its person. */
  public void parked(long itemId, String reason) {
    finish(itemId, WorkState.PARKED, reason);
  }

  /** Gives the item up, for good, with {@code reason} (never note text). */
  public void dead(long itemId, String reason) {
    finish(itemId, WorkState.DEAD, reason);
  }

  /** Returns the item to the queue, to be claimed again after {@code delay}. */
  public void retryLater(long itemId, String error, Duration delay) {
    inTransaction(
        "rescheduling work item " + itemId,
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(retry)) {
            statement.setString(1, fit(error, ERROR_LENGTH));
            statement.setDouble(2, delay.toMillis() / 1000.0);
            statement.setLong(3, itemId);
            statement.executeUpdate();
          }
          return null;
        });
  }

  /** Marks the parked items of these notes done (their notes were written). */
  public void unparked(Collection<String> resourceIds) {
    if (resourceIds.isEmpty()) {
      return;
    }
    inTransaction(
        "marking unparked work items",
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(unpark)) {
            for (String resourceId : resourceIds) {
              statement.setString(1, resourceId);
              statement.addBatch();
            }
            statement.executeBatch();
          }
          return null;
        });
  }

  /** How many items are in each state. */
  public Map<WorkState, Long> counts() {
    return inTransaction(
        "counting work items",
        connection -> {
          Map<WorkState, Long> result = new EnumMap<>(WorkState.class);
          for (WorkState state : WorkState.values()) {
            result.put(state, 0L);
          }
          try (PreparedStatement statement = connection.prepareStatement(counts);
              ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
              result.put(WorkState.valueOf(rs.getString(1)), rs.getLong(2));
            }
          }
          return result;
        });
  }

  /** The last {@code _lastUpdated} a ping of {@code source} has seen, or null. */
  public Instant pollWatermark(String source) {
    return inTransaction(
        "reading the poll state",
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(readPoll)) {
            statement.setString(1, fit(source, 200));
            try (ResultSet rs = statement.executeQuery()) {
              return rs.next() ? rs.getTimestamp(1).toInstant() : null;
            }
          }
        });
  }

  /** Advances the watermark of {@code source} (never backwards). */
  public void advancePollWatermark(String source, Instant lastUpdated) {
    inTransaction(
        "writing the poll state",
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(writePoll)) {
            statement.setString(1, fit(source, 200));
            statement.setTimestamp(2, Timestamp.from(lastUpdated));
            statement.executeUpdate();
          }
          return null;
        });
  }

  private void finish(long itemId, WorkState state, String error) {
    inTransaction(
        "finishing work item " + itemId,
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(finish)) {
            statement.setString(1, state.name());
            statement.setString(2, fit(error, ERROR_LENGTH));
            statement.setLong(3, itemId);
            statement.executeUpdate();
          }
          return null;
        });
  }

  private <T> T inTransaction(String what, Transactions.Work<T> work) {
    return Transactions.inTransaction(
        dataSource,
        work,
        e -> new QueueUnavailableException(what + " failed: " + e.getMessage(), e));
  }

  private static String fit(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
