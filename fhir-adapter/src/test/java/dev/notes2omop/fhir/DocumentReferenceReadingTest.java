package dev.notes2omop.fhir;

import static dev.notes2omop.fhir.Fixtures.documentWithContent;
import static dev.notes2omop.fhir.Fixtures.inline;
import static dev.notes2omop.fhir.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.notes2omop.core.note.ClinicalNote;
import dev.notes2omop.core.note.NoteStatus;
import dev.notes2omop.core.pipeline.SkipReason;
import dev.notes2omop.core.pipeline.Skipped;
import dev.notes2omop.fhir.FhirItem.NoteItem;
import dev.notes2omop.fhir.FhirItem.RemovalItem;
import dev.notes2omop.fhir.FhirItem.SkippedItem;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentReferenceReadingTest {

  private final FhirResourceReader reader = new FhirResourceReader();

  private ClinicalNote note(String jsonText) {
    List<FhirItem> items = reader.read(jsonText);
    assertThat(items).singleElement().isInstanceOf(NoteItem.class);
    return ((NoteItem) items.get(0)).note();
  }

  private Skipped skipped(String jsonText) {
    List<FhirItem> items = reader.read(jsonText);
    assertThat(items).singleElement().isInstanceOf(SkippedItem.class);
    return ((SkippedItem) items.get(0)).skipped();
  }

  @Test
  void readsPlainTextNoteWithAllItsFields() {
    ClinicalNote note = note(json("documentreference-plain.json"));

    assertThat(note.resourceId()).isEqualTo("DocumentReference/nota-1001");
    assertThat(note.versionId()).isEqualTo("3");
    assertThat(note.sourceValue()).isEqualTo("DocumentReference/nota-1001/_history/3");
    assertThat(note.subjectReference()).isEqualTo("Patient/p-17");
    assertThat(note.encounterReference()).isEqualTo("Encounter/enc-9");
    assertThat(note.date()).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(note.dateTime()).isEqualTo(LocalDateTime.of(2024, 3, 5, 10, 15));
    assertThat(note.typeCode()).isEqualTo("11506-3");
    assertThat(note.title()).isEqualTo("Nota de evolución de medicina interna");
    assertThat(note.status()).isEqualTo(NoteStatus.CURRENT);
    assertThat(note.text())
        .startsWith("Paciente de 67 años con diabetes mellitus tipo 2 e hipertensión arterial.\n")
        .contains("Niega dolor torácico.\nTratamiento: metformina 850 mg")
        .doesNotContain("\r");
  }

  @Test
  void reducesHtmlToReadableTextWithEntitiesDecodedAndScriptsDropped() {
    ClinicalNote note = note(json("documentreference-html.json"));

    assertThat(note.text())
        .isEqualTo(
            """
            Informe de alta
            Mujer de 54 años ingresada por neumonía adquirida en la comunidad. Buena evolución.
            Diagnósticos:
            - Neumonía del lóbulo inferior derecho
            - EPOC & tabaquismo activo
            Tratamiento al alta:
            amoxicilina-clavulánico 875/125 mg cada 8 horas
            durante 7 días
            1. Control en 2 semanas
            2. Creatinina < 1,2 mg/dl""");
    assertThat(note.title()).isEqualTo("Informe de alta");
    assertThat(note.typeCode()).isEqualTo("18842-5");
    assertThat(note.dateTime()).isEqualTo(LocalDateTime.of(2024, 2, 11, 18, 40));
  }

  @Test
  void decodesTextInTheDeclaredLatin1Charset() {
    ClinicalNote note = note(json("documentreference-latin1.json"));

    assertThat(note.text())
        .isEqualTo(
            "Niño de 8 años con otitis media aguda. Se pauta amoxicilina. Señales de alarma"
                + " explicadas.");
  }

  @Test
  void prefersPlainTextOverHtmlWhenBothAreGiven() {
    ClinicalNote note = note(json("documentreference-plain-and-html.json"));

    assertThat(note.text()).isEqualTo("Versión en texto plano de la consulta.");
    assertThat(note.typeCode()).isEqualTo("11488-4");
  }

  @Test
  void fallsBackToHtmlWhenThePlainTextIsOnlyGivenByUrl() {
    String content =
        "[{\"attachment\":{\"contentType\":\"text/plain\",\"url\":\"Binary/b-1\"}},"
            + inline("text/html", "<p>Fiebre de 38,5 &ordm;C</p>").substring(1);

    ClinicalNote note = note(documentWithContent("d-1", content));

    assertThat(note.text()).isEqualTo("Fiebre de 38,5 ºC");
  }

  @Test
  void skipsNoteWhoseTextIsOnlyGivenByUrl() {
    Skipped skipped = skipped(json("documentreference-url-only.json"));

    assertThat(skipped.reason()).isEqualTo(SkipReason.ATTACHMENT_NOT_INLINE);
    assertThat(skipped.resourceId()).isEqualTo("DocumentReference/nota-1005");
    assertThat(skipped.detail()).contains("DocumentReference/nota-1005", "url");
  }

  @Test
  void turnsEnteredInErrorIntoRemoval() {
    List<FhirItem> items = reader.read(json("documentreference-entered-in-error.json"));

    assertThat(items)
        .containsExactly(
            new RemovalItem("DocumentReference/nota-1006", SkipReason.ENTERED_IN_ERROR));
  }

  @Test
  void turnsSupersededStatusIntoNoteStatus() {
    String superseded =
        json("documentreference-plain.json").replace("\"current\"", "\"superseded\"");

    assertThat(note(superseded).status()).isEqualTo(NoteStatus.SUPERSEDED);
  }

  @Test
  void skipsNoteWithoutSubject() {
    Skipped skipped = skipped(json("documentreference-no-subject.json"));

    assertThat(skipped.reason()).isEqualTo(SkipReason.NO_SUBJECT);
    assertThat(skipped.resourceId()).isEqualTo("DocumentReference/nota-1007");
  }

  @Test
  void skipsNoteWhoseSubjectIsNotAPatient() {
    String group =
        json("documentreference-plain.json")
            .replace("https://fhir.hospital.example/fhir/Patient/p-17", "Group/g-3");

    Skipped skipped = skipped(group);

    assertThat(skipped.reason()).isEqualTo(SkipReason.NO_SUBJECT);
    assertThat(skipped.detail()).contains("Group/g-3");
  }

  @Test
  void skipsNoteWhoseSubjectIsOnlyAnIdentifierWithoutNamingIt() {
    String identifierOnly =
        json("documentreference-plain.json")
            .replace(
                "\"reference\": \"https://fhir.hospital.example/fhir/Patient/p-17\"",
                "\"identifier\": {\"system\": \"http://hospital.example/nhc\", \"value\":"
                    + " \"NHC-4471\"}");

    Skipped skipped = skipped(identifierOnly);

    assertThat(skipped.reason()).isEqualTo(SkipReason.NO_SUBJECT);
    assertThat(skipped.detail()).contains("identifier").doesNotContain("NHC-4471");
  }

  @Test
  void takesTheDateFromContextPeriodStartInItsOwnOffsetWhenDateIsAbsent() {
    ClinicalNote note = note(json("documentreference-period-start.json"));

    assertThat(note.date()).isEqualTo(LocalDate.of(2023, 11, 20));
    assertThat(note.dateTime()).isEqualTo(LocalDateTime.of(2023, 11, 20, 23, 30));
    assertThat(note.encounterReference()).isEqualTo("Encounter/enc-31");
  }

  @Test
  void skipsNoteWithNeitherDateNorPeriodStart() {
    String undated = json("documentreference-no-subject.json").replace("\"date\"", "\"_nodate\"");
    String withSubjectUndated =
        undated.replace(
            "\"status\": \"current\",",
            "\"status\": \"current\", \"subject\": {\"reference\": \"Patient/p-1\"},");

    Skipped skipped = skipped(withSubjectUndated);

    assertThat(skipped.reason()).isEqualTo(SkipReason.NO_DATE);
  }

  @Test
  void keepsOnlyTheDayOfADatePeriodStartWithoutTime() {
    String dayOnly =
        json("documentreference-period-start.json")
            .replace("2023-11-20T23:30:00-03:00", "2023-11-20");

    ClinicalNote note = note(dayOnly);

    assertThat(note.date()).isEqualTo(LocalDate.of(2023, 11, 20));
    assertThat(note.dateTime()).isNull();
  }

  @Test
  void keepsADateWithoutTimeAlthoughItIsNoValidInstant() {
    String dateOnly =
        json("documentreference-plain.json").replace("2024-03-05T10:15:00+01:00", "2024-03-05");

    ClinicalNote note = note(dateOnly);

    assertThat(note.date()).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(note.dateTime()).isNull();
  }

  @Test
  void namesTheContentTypeWhenNoAttachmentIsText() {
    Skipped skipped =
        skipped(
            documentWithContent(
                "d-2", inline("application/pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII))));

    assertThat(skipped.reason()).isEqualTo(SkipReason.UNSUPPORTED_CONTENT_TYPE);
    assertThat(skipped.detail()).contains("application/pdf");
  }

  @Test
  void skipsUnknownCharset() {
    Skipped skipped =
        skipped(documentWithContent("d-3", inline("text/plain; charset=klingon-8", "hola")));

    assertThat(skipped.reason()).isEqualTo(SkipReason.UNSUPPORTED_CHARSET);
    assertThat(skipped.detail()).contains("klingon-8");
  }

  @Test
  void skipsBlankTextAndNoteWithoutContent() {
    assertThat(skipped(documentWithContent("d-4", inline("text/plain", "  \n\t "))).reason())
        .isEqualTo(SkipReason.NO_TEXT_CONTENT);
    assertThat(skipped(documentWithContent("d-5", "[]")).reason())
        .isEqualTo(SkipReason.NO_TEXT_CONTENT);
  }

  @Test
  void skipsTextLongerThanTheNoteLimitWithoutQuotingIt() {
    FhirResourceReader small = new FhirResourceReader(new ReaderLimits(100, 1_000_000));

    List<FhirItem> items = small.read(json("documentreference-plain.json"));

    assertThat(items).singleElement().isInstanceOf(SkippedItem.class);
    Skipped skipped = ((SkippedItem) items.get(0)).skipped();
    assertThat(skipped.reason()).isEqualTo(SkipReason.TOO_LARGE);
    assertThat(skipped.detail()).contains("100").doesNotContain("diabetes");
  }

  @Test
  void skipsResourceLargerThanTheResourceLimit() {
    FhirResourceReader small = new FhirResourceReader(new ReaderLimits(1_000_000, 500));

    List<FhirItem> items = small.read(json("documentreference-plain.json"));

    assertThat(items).singleElement().isInstanceOf(SkippedItem.class);
    assertThat(((SkippedItem) items.get(0)).reason()).isEqualTo(SkipReason.TOO_LARGE);
  }

  @Test
  void skipsNoteWithoutId() {
    Skipped skipped =
        skipped(
            documentWithContent("d-6", inline("text/plain", "Tos")).replace("\"id\":\"d-6\",", ""));

    assertThat(skipped.reason()).isEqualTo(SkipReason.INVALID_RESOURCE);
    assertThat(skipped.detail()).contains("no id");
  }
}
