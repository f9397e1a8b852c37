package dev.notes2omop.hapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import dev.notes2omop.omop.queue.WorkItem;
import dev.notes2omop.omop.queue.WorkKind;
import dev.notes2omop.omop.queue.WorkQueue;
import dev.notes2omop.omop.schema.SchemaNames;
import dev.notes2omop.omop.testing.TestDatabase;
import java.time.Duration;
import java.util.List;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** The hooks called directly (the JPA server test is in the plugin module: HapiJpaServerIT). */
class Notes2OmopInterceptorTest {

  private final WorkQueue queue =
      new WorkQueue(TestDatabase.freshDatabase(), SchemaNames.defaults());
  private final Notes2OmopInterceptor interceptor = new Notes2OmopInterceptor(queue);

  @Test
  void queuesNotesPatientsAndDeletesAndIgnoresOtherTypes() {
    DocumentReference note = new DocumentReference();
    note.setId("DocumentReference/5/_history/2");
    note.setSubject(new Reference("Patient/1"));
    Patient patient = new Patient();
    patient.setId("Patient/1/_history/1");
    Observation other = new Observation();
    other.setId("Observation/3");

    interceptor.created(patient);
    interceptor.updated(note, note);
    interceptor.created(other);
    interceptor.deleted(note);

    List<WorkItem> items = queue.claim(10, Duration.ofMinutes(1));
    assertThat(items)
        .extracting(WorkItem::kind, WorkItem::resourceId, WorkItem::versionId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(WorkKind.UPSERT_PATIENT, "Patient/1", "1"),
            org.assertj.core.groups.Tuple.tuple(WorkKind.UPSERT_NOTE, "DocumentReference/5", "2"));
    assertThat(items.get(1).payload()).contains("\"resourceType\":\"DocumentReference\"");
    assertThat(items.get(1).source()).isEqualTo(Notes2OmopInterceptor.SOURCE);
    queue.done(items.get(1).id());
    assertThat(queue.claim(10, Duration.ofMinutes(1)))
        .extracting(WorkItem::kind)
        .containsExactly(WorkKind.DELETE_NOTE);
  }

  @Test
  void failsTheServersTransactionWhenTheQueueIsUnreachable() {
    PGSimpleDataSource nowhere = new PGSimpleDataSource();
    nowhere.setURL("jdbc:postgresql://127.0.0.1:1/none");
    Notes2OmopInterceptor broken =
        new Notes2OmopInterceptor(new WorkQueue(nowhere, SchemaNames.defaults()));
    Patient patient = new Patient();
    patient.setId("Patient/1");

    assertThatThrownBy(() -> broken.created(patient))
        .isInstanceOf(InternalErrorException.class)
        .hasMessageContaining("cannot queue Patient/1");
  }
}
