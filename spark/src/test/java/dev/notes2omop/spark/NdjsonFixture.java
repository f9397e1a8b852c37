package dev.notes2omop.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Writes small NDJSON bulk files of Patients and Spanish DocumentReferences for the tests. */
final class NdjsonFixture {

  private static final String[] SENTENCES = {
    "Paciente con hipertensión arterial esencial en tratamiento con enalapril.",
    "Niega fiebre. Refiere tos seca desde hace tres días.",
    "Antecedentes de asma bronquial. Hemoglobina 11,2 g/dL y creatinina 1,1 mg/dL.",
    "Se pauta paracetamol 1 g cada 8 horas. Madre con diabetes mellitus tipo 2.",
    "Neumonía adquirida en la comunidad en lóbulo inferior derecho.",
    "Anemia ferropénica en seguimiento. Posible insuficiencia cardiaca."
  };

  private NdjsonFixture() {}

  /** {@code patients} Patients, then {@code notes} notes spread over them. */
  static List<String> lines(int patients, int notes) {
    List<String> lines = new ArrayList<>();
    for (int p = 0; p < patients; p++) {
      lines.add(
          "{\"resourceType\":\"Patient\",\"id\":\"p"
              + p
              + "\",\"gender\":\""
              + (p % 2 == 0 ? "female" : "male")
              + "\",\"birthDate\":\"19"
              + (40 + p % 50)
              + "-03-14\"}");
    }
    for (int n = 0; n < notes; n++) {
      StringBuilder text = new StringBuilder();
      for (int s = 0; s < 4; s++) {
        text.append(SENTENCES[(n + s * 5) % SENTENCES.length]).append(' ');
      }
      text.append("Nota ").append(n).append('.');
      lines.add(note("n" + n, "p" + (n % patients), text.toString()));
    }
    return lines;
  }

  static String note(String id, String patient, String text) {
    String data = Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    return "{\"resourceType\":\"DocumentReference\",\"id\":\""
        + id
        + "\",\"meta\":{\"versionId\":\"1\"},\"status\":\"current\",\"type\":{\"coding\":[{\"system\":"
        + "\"http://loinc.org\",\"code\":\"11506-3\"}]},\"subject\":{\"reference\":\"Patient/"
        + patient
        + "\"},\"date\":\"2024-04-30T09:45:00Z\",\"content\":[{\"attachment\":{\"contentType\":"
        + "\"text/plain; charset=utf-8\",\"data\":\""
        + data
        + "\"}}]}";
  }

  static Path write(Path file, List<String> lines) throws IOException {
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }
}
