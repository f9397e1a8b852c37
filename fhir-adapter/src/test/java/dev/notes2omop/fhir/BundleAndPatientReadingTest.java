package dev.notes2omop.fhir;

import static dev.notes2omop.fhir.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.notes2omop.core.note.Gender;
import dev.notes2omop.core.note.PersonRecord;
import dev.notes2omop.core.pipeline.SkipReason;
import dev.notes2omop.fhir.FhirItem.NoteItem;
import dev.notes2omop.fhir.FhirItem.PersonItem;
import dev.notes2omop.fhir.FhirItem.RemovalItem;
import dev.notes2omop.fhir.FhirItem.SkippedItem;
import java.util.List;
import org.junit.jupiter.api.Test;

class BundleAndPatientReadingTest {

  private final FhirResourceReader reader = new FhirResourceReader();

  @Test
  void readsPatientWithPartialBirthDate() {
    List<FhirItem> items = reader.read(json("patient-partial-birthdate.json"));

    assertThat(items)
        .containsExactly(
            new PersonItem(
                new PersonRecord("Patient/p-17", Gender.FEMALE, 1956, 3, null, "female")));
  }

  @Test
  void readsPatientWithoutGenderOrBirthDateAsUnknown() {
    List<FhirItem> items = reader.read("{\"resourceType\":\"Patient\",\"id\":\"p-9\"}");

    assertThat(items)
        .containsExactly(
            new PersonItem(
                new PersonRecord("Patient/p-9", Gender.UNKNOWN, null, null, null, null)));
  }

  @Test
  void readsTransactionBundleEntriesInOrderResolvingUrnReferences() {
    List<FhirItem> items = reader.read(json("bundle-transaction.json"));

    assertThat(items).hasSize(4);
    assertThat(items.get(0))
        .isEqualTo(
            new PersonItem(new PersonRecord("Patient/p-42", Gender.MALE, 1948, 7, 2, "male")));
    assertThat(items.get(1)).isInstanceOf(NoteItem.class);
    NoteItem note = (NoteItem) items.get(1);
    assertThat(note.note().resourceId()).isEqualTo("DocumentReference/nota-2002");
    assertThat(note.note().subjectReference()).isEqualTo("Patient/p-42");
    assertThat(note.note().text()).startsWith("Varón de 75 años con fibrilación auricular");
    assertThat(items.get(2))
        .isEqualTo(new RemovalItem("DocumentReference/nota-0999", SkipReason.DELETED));
    assertThat(items.get(3)).isInstanceOf(SkippedItem.class);
    assertThat(((SkippedItem) items.get(3)).reason())
        .isEqualTo(SkipReason.UNSUPPORTED_RESOURCE_TYPE);
    assertThat(items.get(3).resourceId()).isEqualTo("Observation/obs-1");
  }

  @Test
  void skipsOneBadBundleEntryAndReadsTheOthers() {
    String bundle =
        """
        {"resourceType":"Bundle","type":"collection","entry":[
          {"resource":{"resourceType":"Patient","id":"a","birthDate":1956}},
          {"resource":{"resourceType":"Patient","id":"b","gender":"other"}},
          {"fullUrl":"https://x/fhir/DocumentReference/c"}
        ]}
        """;

    List<FhirItem> items = reader.read(bundle);

    assertThat(items).hasSize(3);
    assertThat(items.get(1))
        .isEqualTo(
            new PersonItem(new PersonRecord("Patient/b", Gender.OTHER, null, null, null, "other")));
    assertThat(items.get(2)).isInstanceOf(SkippedItem.class);
    assertThat(((SkippedItem) items.get(2)).reason()).isEqualTo(SkipReason.INVALID_RESOURCE);
    assertThat(items.get(2).resourceId()).isEqualTo("DocumentReference/c");
  }

  @Test
  void takesTheVersionFromTheEntryFullUrlWhenMetaHasNone() {
    String bundle =
        """
        {"resourceType":"Bundle","type":"history","entry":[
          {"fullUrl":"https://x/fhir/DocumentReference/n-5/_history/7",
           "resource":{"resourceType":"DocumentReference","id":"n-5","status":"current",
             "subject":{"reference":"Patient/p-1"},"date":"2024-05-01T12:00:00+02:00",
             "content":[{"attachment":{"contentType":"text/plain","data":"VG9z"}}]}}
        ]}
        """;

    List<FhirItem> items = reader.read(bundle);

    assertThat(items).singleElement().isInstanceOf(NoteItem.class);
    assertThat(((NoteItem) items.get(0)).note().sourceValue())
        .isEqualTo("DocumentReference/n-5/_history/7");
    assertThat(((NoteItem) items.get(0)).note().text()).isEqualTo("Tos");
  }

  @Test
  void skipsDocumentBundlesAsUnsupported() {
    List<FhirItem> items =
        reader.read("{\"resourceType\":\"Bundle\",\"id\":\"doc-1\",\"type\":\"document\"}");

    assertThat(items).singleElement().isInstanceOf(SkippedItem.class);
    SkippedItem skipped = (SkippedItem) items.get(0);
    assertThat(skipped.reason()).isEqualTo(SkipReason.UNSUPPORTED_RESOURCE_TYPE);
    assertThat(skipped.skipped().detail()).contains("document");
  }

  @Test
  void turnsConditionalDeleteIntoSkipAndPatientDeleteIntoUnsupported() {
    String bundle =
        """
        {"resourceType":"Bundle","type":"transaction","entry":[
          {"request":{"method":"DELETE","url":"DocumentReference?identifier=x|1"}},
          {"request":{"method":"DELETE","url":"Patient/p-1"}},
          {"request":{"method":"DELETE","url":"https://x/fhir/DocumentReference/n-1/_history/4"}}
        ]}
        """;

    List<FhirItem> items = reader.read(bundle);

    assertThat(items).hasSize(3);
    assertThat(((SkippedItem) items.get(0)).reason()).isEqualTo(SkipReason.INVALID_RESOURCE);
    assertThat(((SkippedItem) items.get(1)).reason())
        .isEqualTo(SkipReason.UNSUPPORTED_RESOURCE_TYPE);
    assertThat(items.get(2))
        .isEqualTo(new RemovalItem("DocumentReference/n-1", SkipReason.DELETED));
  }
}
