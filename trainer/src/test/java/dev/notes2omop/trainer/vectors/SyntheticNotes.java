package dev.notes2omop.trainer.vectors;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Small made-up notes where drugs and diseases appear in contexts of their own. */
final class SyntheticNotes {

  static final List<String> DRUGS =
      List.of("amoxicilina", "omeprazol", "paracetamol", "ibuprofeno", "furosemida", "enalapril");
  static final List<String> DISEASES =
      List.of("neumonía", "diabetes", "hipertensión", "cirrosis", "asma", "artritis");

  private static final List<String> DRUG_CONTEXTS =
      List.of(
          "Se inicia tratamiento con %s 500 mg cada 8 horas por vía oral.",
          "Se pauta %s oral en ayunas durante 7 días.",
          "Recibió %s intravenoso con buena tolerancia.",
          "Suspendemos %s por intolerancia digestiva y molestias gástricas.",
          "Al alta toma %s un comprimido cada 12 horas.");
  private static final List<String> DISEASE_CONTEXTS =
      List.of(
          "Paciente con antecedentes de %s crónica diagnosticada hace años.",
          "Ingresa por %s descompensada que requiere hospitalización.",
          "Presenta clínica compatible con %s grave en la exploración.",
          "Se confirma el diagnóstico de %s mediante pruebas complementarias.",
          "Refiere empeoramiento de su %s en las últimas semanas.");

  private SyntheticNotes() {}

  /** {@code count} notes of five to nine sentences each, made from {@code seed}. */
  static List<String> notes(int count, long seed) {
    Random random = new Random(seed);
    List<String> notes = new ArrayList<>(count);
    for (int n = 0; n < count; n++) {
      StringBuilder note = new StringBuilder();
      int sentences = 5 + random.nextInt(5);
      for (int s = 0; s < sentences; s++) {
        boolean drug = random.nextBoolean();
        List<String> contexts = drug ? DRUG_CONTEXTS : DISEASE_CONTEXTS;
        List<String> terms = drug ? DRUGS : DISEASES;
        String term = terms.get(random.nextInt(terms.size()));
        note.append(String.format(contexts.get(random.nextInt(contexts.size())), term)).append(' ');
      }
      notes.add(note.toString().strip());
    }
    return notes;
  }

  /** Settings for these small notes: dimension 32, 10 epochs, a light subsampling. */
  static VectorSettings settings() {
    return VectorSettings.defaults()
        .withDimension(32)
        .withEpochs(10)
        .withMinCount(2)
        .withBuckets(20_000)
        .withSampling(1e-3);
  }
}
