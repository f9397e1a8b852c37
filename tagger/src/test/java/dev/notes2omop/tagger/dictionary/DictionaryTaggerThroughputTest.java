package dev.notes2omop.tagger.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes2omop.core.nlp.DictionaryTerm;
import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.core.nlp.Mention;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures the dictionary tagger on one thread: ~10k terms, synthetic notes of ~1,500 characters.
 * Reports notes/s in the log and never asserts on time. Run alone with {@code ./mvnw -q -pl tagger
 * -am verify -Dtest=DictionaryTaggerThroughputTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class DictionaryTaggerThroughputTest {

  private static final Logger log = LoggerFactory.getLogger(DictionaryTaggerThroughputTest.class);

  private static final String[] HEADS = {
    "insuficiencia",
    "fractura",
    "carcinoma",
    "dolor",
    "infección",
    "estenosis",
    "trombosis",
    "hemorragia",
    "absceso",
    "lesión",
    "quiste",
    "úlcera",
    "inflamación",
    "necrosis",
    "hernia",
    "luxación",
    "obstrucción",
    "perforación",
    "rotura",
    "tumor"
  };
  private static final String[] SITES = {
    "cardiaca", "renal", "hepática", "respiratoria", "de cadera", "de fémur", "de mama",
    "de colon", "de pulmón", "de próstata", "abdominal", "torácico", "lumbar", "cervical",
    "urinaria", "venosa profunda", "arterial", "cerebral", "gástrica", "duodenal", "pancreática",
    "biliar", "cutánea", "ocular", "de rodilla", "de hombro", "de tobillo", "de muñeca",
    "vesical", "uterina"
  };
  private static final String[] QUALIFIERS = {
    "",
    " aguda",
    " crónica",
    " izquierda",
    " derecha",
    " bilateral",
    " grave",
    " leve",
    " moderada",
    " congestiva",
    " descompensada",
    " recidivante",
    " complicada",
    " infiltrante",
    " intertrocantérea",
    " subcapital",
    " severa"
  };
  private static final String[] WORDS = {
    "paciente",
    "refiere",
    "desde",
    "hace",
    "días",
    "con",
    "episodios",
    "de",
    "que",
    "se",
    "realiza",
    "tratamiento",
    "buena",
    "evolución",
    "ingreso",
    "alta",
    "control",
    "en",
    "consulta",
    "el",
    "la",
    "y",
    "por",
    "tras",
    "sin",
    "no",
    "presenta",
    "niega",
    "madre",
    "probable",
    "exploración",
    "normal",
    "estable",
    "hemodinámicamente",
    "afebril",
    "consciente",
    "orientado"
  };
  private static final String[] VALUES = {
    "Hb 11,2 g/dL",
    "creatinina: 1.3 mg/dl",
    "TA 140/90 mmHg",
    "FC 88 lpm",
    "SatO2 95%",
    "PCR < 5 mg/L",
    "plaquetas 150.000/mm3",
    "glucosa 126 mg/dL (70-110)"
  };

  static List<DictionaryTerm> terms() {
    Set<String> seen = new LinkedHashSet<>();
    List<DictionaryTerm> terms = new ArrayList<>();
    int concept = 1;
    for (String head : HEADS) {
      for (String site : SITES) {
        for (String qualifier : QUALIFIERS) {
          String term = head + " " + site + qualifier;
          if (seen.add(term)) {
            terms.add(new DictionaryTerm(term, EntityLabel.CONDITION, concept++));
          }
        }
      }
    }
    Random random = new Random(7);
    while (terms.size() < 9_900) {
      StringBuilder drug = new StringBuilder();
      for (int i = 0, n = 3 + random.nextInt(4); i < n; i++) {
        drug.append((char) ('a' + random.nextInt(26)));
      }
      drug.append(random.nextBoolean() ? "ina" : "ol");
      if (seen.add(drug.toString())) {
        terms.add(new DictionaryTerm(drug.toString(), EntityLabel.DRUG, concept++));
      }
    }
    for (String m :
        List.of("Hb", "creatinina", "TA", "FC", "SatO2", "PCR", "plaquetas", "glucosa")) {
      terms.add(new DictionaryTerm(m, EntityLabel.MEASUREMENT, concept++));
    }
    for (String c : List.of("fiebre", "tos", "disnea", "HTA", "DM2", "FA", "EPOC", "cefalea")) {
      terms.add(new DictionaryTerm(c, EntityLabel.CONDITION, concept++));
    }
    return terms;
  }

  static List<String> notes(List<DictionaryTerm> terms, int count, long seed) {
    Random random = new Random(seed);
    List<String> notes = new ArrayList<>(count);
    for (int n = 0; n < count; n++) {
      StringBuilder note = new StringBuilder(1_600);
      note.append("AP: HTA, DM2. AF: madre con cáncer de mama.\n");
      while (note.length() < 1_500) {
        int words = 4 + random.nextInt(8);
        for (int w = 0; w < words; w++) {
          note.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
          if (random.nextInt(4) == 0) {
            note.append(terms.get(random.nextInt(terms.size())).term()).append(' ');
          }
        }
        note.append(VALUES[random.nextInt(VALUES.length)]);
        note.append(random.nextInt(5) == 0 ? ".\n" : ". ");
      }
      notes.add(note.toString());
    }
    return notes;
  }

  @Test
  void reportsNotesPerSecondOnOneThread() {
    List<DictionaryTerm> terms = terms();
    long built = System.nanoTime();
    DictionaryTagger tagger = new DictionaryTagger(terms);
    double buildMs = (System.nanoTime() - built) / 1e6;
    List<String> notes = notes(terms, 2_000, 42);
    long chars = notes.stream().mapToLong(String::length).sum();

    long mentions = 0;
    for (int round = 0; round < 3; round++) {
      for (String note : notes) {
        mentions += tagger.tag(note).size();
      }
    }
    int rounds = 5;
    mentions = 0;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    for (int round = 0; round < rounds; round++) {
      for (String note : notes) {
        mentions += tagger.tag(note).size();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    int tagged = rounds * notes.size();
    log.info(
        "dictionary tagger, {} terms (index built in {} ms): {} notes of {} chars on average in"
            + " {} s = {} notes/s, {} mentions/s; thread CPU time {} s = {} notes per CPU-second",
        terms.size(),
        String.format("%.0f", buildMs),
        tagged,
        chars / notes.size(),
        String.format("%.2f", seconds),
        String.format("%.0f", tagged / seconds),
        String.format("%.0f", mentions / seconds),
        String.format("%.2f", cpuSeconds),
        String.format("%.0f", tagged / cpuSeconds));

    assertThat(terms).hasSizeGreaterThan(9_900);
    assertThat(mentions / tagged).as("mentions per note").isGreaterThan(10);
    List<Mention> first = tagger.tag(notes.get(0));
    assertThat(first)
        .allSatisfy(
            m -> assertThat(notes.get(0).substring(m.start(), m.end())).isEqualTo(m.text()));
    assertThat(first).filteredOn(m -> m.value() != null).isNotEmpty();
  }
}
