package dev.notes2omop.omop.queue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes2omop.omop.schema.SchemaNames;
import dev.notes2omop.omop.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The queue on a real PostgreSQL: deduplication, per-resource order, leases, retries. */
class WorkQueueTest {

  private final DataSource dataSource = TestDatabase.freshDatabase();
  private final WorkQueue queue = new WorkQueue(dataSource, SchemaNames.defaults());

  private static NewWorkItem upsert(String id, String version, String json) {
    return new NewWorkItem(WorkKind.UPSERT_NOTE, id, version, json, "test");
  }

  @Test
  void aRedeliveryOfTheSameVersionIsANoOpAndANewVersionIsNot() {
    assertThat(queue.enqueue(List.of(upsert("DocumentReference/1", "1", "{\"a\":1}")))).isOne();
    assertThat(queue.enqueue(List.of(upsert("DocumentReference/1", "1", "{\"a\":1}")))).isZero();
    assertThat(queue.enqueue(List.of(upsert("DocumentReference/1", "2", "{\"a\":2}")))).isOne();
    NewWorkItem delete =
        new NewWorkItem(WorkKind.DELETE_NOTE, "DocumentReference/1", null, null, "test");
    assertThat(queue.enqueue(List.of(delete, delete))).isEqualTo(2);
    assertThat(queue.counts().get(WorkState.PENDING)).isEqualTo(4);
  }

  @Test
  void itemsOfOneResourceAreClaimedOneAtATimeInArrivalOrder() {
    queue.enqueue(
        List.of(
            upsert("DocumentReference/1", "1", "{}"),
            upsert("DocumentReference/1", "2", "{\"v\":2}"),
            upsert("DocumentReference/2", "1", "{}")));

    List<WorkItem> first = queue.claim(10, Duration.ofMinutes(1));
    assertThat(first)
        .extracting(WorkItem::resourceId, WorkItem::versionId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("DocumentReference/1", "1"),
            org.assertj.core.groups.Tuple.tuple("DocumentReference/2", "1"));
    assertThat(queue.claim(10, Duration.ofMinutes(1))).isEmpty();

    queue.done(first.get(0).id());
    List<WorkItem> second = queue.claim(10, Duration.ofMinutes(1));
    assertThat(second).extracting(WorkItem::versionId).containsExactly("2");
    assertThat(second.get(0).attempts()).isOne();
  }

  @Test
  void anItemWhoseLeaseEndedIsClaimedAgain() throws Exception {
    queue.enqueue(List.of(upsert("DocumentReference/1", "1", "{}")));
    WorkItem claimed = queue.claim(1, Duration.ofMinutes(1)).get(0);
    assertThat(queue.claim(1, Duration.ofMinutes(1))).isEmpty();

    expireLeases();
    List<WorkItem> again = queue.claim(1, Duration.ofMinutes(1));
    assertThat(again).extracting(WorkItem::id).containsExactly(claimed.id());
    assertThat(again.get(0).attempts()).isEqualTo(2);
  }

  @Test
  void aRetriedItemWaitsForItsNextAttemptAndADeadOneIsNeverClaimed() {
    queue.enqueue(
        List.of(
            upsert("DocumentReference/1", "1", "{}"), upsert("DocumentReference/2", "1", "{}")));
    List<WorkItem> items = queue.claim(2, Duration.ofMinutes(1));
    queue.retryLater(items.get(0).id(), "database down", Duration.ofHours(1));
    queue.dead(items.get(1).id(), "no text");

    assertThat(queue.claim(10, Duration.ofMinutes(1))).isEmpty();
    assertThat(queue.counts())
        .containsEntry(WorkState.PENDING, 1L)
        .containsEntry(WorkState.DEAD, 1L);

    queue.retryLater(items.get(0).id(), "database down", Duration.ZERO);
    assertThat(queue.claim(10, Duration.ofMinutes(1))).hasSize(1);
  }

  @Test
  void parkedItemsAreDoneWhenTheirNoteIsWritten() {
    queue.enqueue(List.of(upsert("DocumentReference/1", "1", "{}")));
    WorkItem item = queue.claim(1, Duration.ofMinutes(1)).get(0);
    queue.parked(item.id(), "no person");
    assertThat(queue.counts()).containsEntry(WorkState.PARKED, 1L);

    queue.unparked(List.of("DocumentReference/1"));
    assertThat(queue.counts()).containsEntry(WorkState.DONE, 1L);
  }

  @Test
  void thePollWatermarkOnlyMovesForward() {
    Instant t1 = Instant.parse("2026-01-01T00:00:00Z");
    assertThat(queue.pollWatermark("http://fhir")).isNull();
    queue.advancePollWatermark("http://fhir", t1);
    queue.advancePollWatermark("http://fhir", t1.minusSeconds(60));
    assertThat(queue.pollWatermark("http://fhir")).isEqualTo(t1);
  }

  private void expireLeases() throws Exception {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "UPDATE notes2omop.work_item SET lease_until = now() - interval '1 second'"
              + " WHERE state = 'PROCESSING'");
    }
  }
}
