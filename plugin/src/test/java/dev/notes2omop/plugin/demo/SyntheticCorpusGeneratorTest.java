package dev.notes2omop.plugin.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCorpusGeneratorTest {

  private static final int NOTES = 400;
  private static final int PATIENTS = 60;
  private static final long SEED = 20240611L;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;

  private static List<String> lines;
  private static List<JsonNode> resources;

  @BeforeAll
  static void writeCorpus() throws IOException {
    Path corpus = dir.resolve("corpus.ndjson");
    new SyntheticCorpusGenerator().write(corpus, NOTES, PATIENTS, SEED);
    lines = Files.readAllLines(corpus, StandardCharsets.UTF_8);
    resources = new ArrayList<>();
    for (String line : lines) {
      resources.add(JSON.readTree(line));
    }
  }

  @Test
  void sameSeedWritesByteIdenticalFiles() throws IOException {
    Path first = dir.resolve("first.ndjson");
    Path second = dir.resolve("second.ndjson");
    new SyntheticCorpusGenerator().write(first, NOTES, PATIENTS, SEED);
    new SyntheticCorpusGenerator().write(second, NOTES, PATIENTS, SEED);

    assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
    assertThat(Files.readAllBytes(first))
        .isEqualTo(Files.readAllBytes(dir.resolve("corpus.ndjson")));
  }

  @Test
  void sameSeedWritesByteIdenticalGzipFiles() throws IOException {
    Path first = dir.resolve("first.ndjson.gz");
    Path second = dir.resolve("second.ndjson.gz");
    new SyntheticCorpusGenerator().write(first, NOTES, PATIENTS, SEED);
    new SyntheticCorpusGenerator().write(second, NOTES, PATIENTS, SEED);

    assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
  }

  @Test
  void gzipFileHoldsTheSameLinesAsThePlainFile() throws IOException {
    Path gz = dir.resolve("same.ndjson.gz");
    new SyntheticCorpusGenerator().write(gz, NOTES, PATIENTS, SEED);

    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo(String.join("\n", lines) + "\n");
    }
  }

  @Test
  void differentSeedsWriteDifferentNotes() throws IOException {
    Path other = dir.resolve("other-seed.ndjson");
    new SyntheticCorpusGenerator().write(other, NOTES, PATIENTS, SEED + 1);

    List<String> otherLines = Files.readAllLines(other, StandardCharsets.UTF_8);
    assertThat(otherLines).hasSameSizeAs(lines);
    assertThat(new HashSet<>(otherLines)).doesNotContainAnyElementsOf(notesOnly(lines));
  }

  @Test
  void writesTheRequestedNumberOfPatientsAndNotes() {
    assertThat(resources).hasSize(NOTES + PATIENTS);
    assertThat(idsOf("Patient")).hasSize(PATIENTS);
    assertThat(idsOf("DocumentReference")).hasSize(NOTES);
  }

  @Test
  void writesPatientsOnlyWhenThereAreNoNotes() throws IOException {
    Path onlyPatients = dir.resolve("patients.ndjson");
    new SyntheticCorpusGenerator().write(onlyPatients, 0, 5, SEED);

    assertThat(Files.readAllLines(onlyPatients))
        .hasSize(5)
        .allSatisfy(line -> assertThat(line).startsWith("{\"resourceType\":\"Patient\""));
  }

  @Test
  void averageNoteTextIsBetween1200And1800Characters() {
    double average =
        resources.stream()
            .filter(r -> r.path("resourceType").asText().equals("DocumentReference"))
            .mapToInt(r -> text(r).length())
            .average()
            .orElseThrow();

    assertThat(average).isBetween(1_200.0, 1_800.0);
  }

  @Test
  void everyLineIsOneJsonObjectWithAResourceType() {
    assertThat(lines).allSatisfy(line -> assertThat(line).doesNotContain("\n", "\r"));
    assertThat(resources)
        .allSatisfy(
            r -> {
              assertThat(r.isObject()).isTrue();
              assertThat(r.path("resourceType").asText()).isIn("Patient", "DocumentReference");
            });
  }

  @Test
  void everyResourceParsesAsFhirR4() {
    IParser parser =
        FhirContext.forR4Cached().newJsonParser().setParserErrorHandler(new StrictErrorHandler());

    for (String line : lines) {
      Resource resource = (Resource) parser.parseResource(line);
      if (resource instanceof DocumentReference note) {
        assertThat(note.getStatus()).isEqualTo(DocumentReferenceStatus.CURRENT);
        assertThat(note.getSubject().getReference()).startsWith("Patient/syn-p");
        assertThat(note.getType().getCodingFirstRep().getSystem()).isEqualTo("http://loinc.org");
        assertThat(note.getDate()).isNotNull();
        assertThat(note.getContentFirstRep().getAttachment().getContentType())
            .isEqualTo("text/plain; charset=utf-8");
      } else {
        Patient patient = (Patient) resource;
        assertThat(patient.getGender()).isNotNull();
        assertThat(patient.getBirthDate()).isNotNull();
      }
    }
  }

  @Test
  void everyNoteNamesAWrittenPatientAndSomeComeBeforeIt() {
    Set<String> patients = idsOf("Patient");
    Set<String> seen = new HashSet<>();
    int beforeTheirPatient = 0;
    for (JsonNode r : resources) {
      String id = r.path("id").asText();
      if (r.path("resourceType").asText().equals("Patient")) {
        seen.add(id);
        continue;
      }
      String subject = r.path("subject").path("reference").asText().substring("Patient/".length());
      assertThat(patients).contains(subject);
      if (!seen.contains(subject)) {
        beforeTheirPatient++;
      }
    }

    assertThat(beforeTheirPatient).isBetween(1, NOTES - 1);
  }

  @Test
  void notesCarryConditionsDrugsLabValuesNegationsAndFamilyHistory() {
    List<String> texts =
        resources.stream()
            .filter(r -> r.path("resourceType").asText().equals("DocumentReference"))
            .map(SyntheticCorpusGeneratorTest::text)
            .toList();

    assertThat(share(texts, "\\d+(,\\d+)? (mg|g|µg|UI)\\b")).isGreaterThan(0.8);
    assertThat(share(texts, "\\d+([.,]\\d+)? (mg/dL|g/dL|mmol/L|U/L)")).isGreaterThan(0.8);
    assertThat(share(texts, "\\b(Niega|Sin|No refiere|Se descarta)\\b")).isGreaterThan(0.5);
    assertThat(share(texts, "(Antecedentes familiares de|Madre con|Padre con|Hermana? con)"))
        .isGreaterThan(0.5);
    assertThat(share(texts, "\\b(Sospecha de|Posible)\\b")).isGreaterThan(0.2);
    assertThat(share(texts, "(HTA|hipertensión arterial|diabetes mellitus tipo 2|DM2|EPOC|asma)"))
        .isGreaterThan(0.3);
  }

  @Test
  void rejectsNotesWithoutPatients() {
    assertThatThrownBy(() -> new SyntheticCorpusGenerator().write(dir.resolve("x.ndjson"), 3, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("patients is 0 but notes is 3");
  }

  @Test
  void mainWritesTheFileNamedByOut() throws IOException {
    Path out = dir.resolve("cli/corpus.ndjson.gz");

    SyntheticCorpusGenerator.main(
        new String[] {"--notes", "7", "--patients", "3", "--seed", "5", "--out", out.toString()});

    try (InputStream in = new GZIPInputStream(Files.newInputStream(out))) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()).hasSize(10);
    }
  }

  private static Set<String> idsOf(String resourceType) {
    Set<String> ids = new HashSet<>();
    for (JsonNode r : resources) {
      if (r.path("resourceType").asText().equals(resourceType)) {
        ids.add(r.path("id").asText());
      }
    }
    return ids;
  }

  private static List<String> notesOnly(List<String> all) {
    return all.stream().filter(l -> l.contains("\"DocumentReference\"")).toList();
  }

  private static String text(JsonNode note) {
    String data = note.path("content").get(0).path("attachment").path("data").asText();
    return new String(Base64.getDecoder().decode(data), StandardCharsets.UTF_8);
  }

  private static double share(List<String> texts, String regex) {
    Pattern pattern = Pattern.compile(regex);
    return texts.stream().filter(t -> pattern.matcher(t).find()).count() / (double) texts.size();
  }
}
