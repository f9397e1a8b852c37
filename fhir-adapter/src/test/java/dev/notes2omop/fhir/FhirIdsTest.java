package dev.notes2omop.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FhirIdsTest {

  @ParameterizedTest
  @CsvSource({
    "Patient/123, Patient/123",
    "https://fhir.example.org/fhir/Patient/123, Patient/123",
    "Patient/123/_history/2, Patient/123",
    "http://x/baseR4/DocumentReference/a.b-7/_history/9, DocumentReference/a.b-7",
    "Patient/123/, Patient/123"
  })
  void reducesLiteralReferencesToTypeAndId(String reference, String expected) {
    assertThat(FhirIds.relative(reference)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "#contenido",
        "urn:uuid:6f1c2a4e-3b7d-4c1e-9a55-0d2f8e7b1c90",
        "Patient?identifier=http://h/nhc|1",
        "123",
        "patient/123",
        "Patient/id con espacios",
        ""
      })
  void rejectsReferencesThatNameNoTypeAndId(String reference) {
    assertThat(FhirIds.relative(reference)).isNull();
  }

  @ParameterizedTest
  @CsvSource({"DocumentReference/1/_history/2, 2", "https://x/Patient/1/_history/v7/, v7"})
  void readsTheVersionOfAHistoryReference(String reference, String version) {
    assertThat(FhirIds.version(reference)).isEqualTo(version);
  }
}
