package dev.notes2omop.plugin.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes2omop.fhir.FhirResourceReader;
import dev.notes2omop.omop.queue.NewWorkItem;
import dev.notes2omop.omop.queue.WorkKind;
import org.junit.jupiter.api.Test;

/** What the receiver makes of deliveries, before any database. */
class DeliveryIntakeTest {

  private final DeliveryIntake withoutSource = new DeliveryIntake(new FhirResourceReader(), false);

  @Test
  void refusesPingsAndIdOnlyNotificationsWhenNoServerCanBeRead() {
    String idOnly =
        "{\"resourceType\":\"Bundle\",\"type\":\"history\",\"entry\":[{\"resource\":"
            + "{\"resourceType\":\"Parameters\",\"parameter\":[]}},"
            + "{\"fullUrl\":\"http://h/fhir/DocumentReference/1\"}]}";

    assertThatThrownBy(() -> withoutSource.post(""))
        .isInstanceOf(BadDelivery.class)
        .hasMessageContaining("--fhir-base-url");
    assertThatThrownBy(() -> withoutSource.post(idOnly)).hasMessageContaining("id-only");
  }

  @Test
  void anEnteredInErrorNoteIsQueuedAsAnUpsertThatRemovesItsRows() {
    String note =
        ServeFixture.note("x", "4", "p", "texto")
            .replace("\"status\":\"current\"", "\"status\":\"entered-in-error\"");

    NewWorkItem item = withoutSource.put("DocumentReference", "x", note).get(0);

    assertThat(item.kind()).isEqualTo(WorkKind.UPSERT_NOTE);
    assertThat(item.versionId()).isEqualTo("4");
  }

  @Test
  void refusesAPatientWithoutABirthDate() {
    assertThatThrownBy(
            () -> withoutSource.put("Patient", "p", "{\"resourceType\":\"Patient\",\"id\":\"p\"}"))
        .hasMessageContaining("birthDate");
  }
}
