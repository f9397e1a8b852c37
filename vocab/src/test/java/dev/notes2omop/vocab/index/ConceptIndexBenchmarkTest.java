package dev.notes2omop.vocab.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes2omop.core.mapping.ConceptMatch;
import dev.notes2omop.omop.testing.TestDatabase;
import dev.notes2omop.vocab.lexicon.Lexicon;
import dev.notes2omop.vocab.load.AthenaLoader;
import dev.notes2omop.vocab.load.LoadProgress;
import dev.notes2omop.vocab.testing.SampleVocabularies;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prints the index's build time and size, the heap used after opening, and the mapper's latency
 * (p50, p99) without and with its cache, on both sample vocabularies. It never asserts on time (the
 * machine is shared); it checks that every round gives the same answers, with or without the cache.
 */
class ConceptIndexBenchmarkTest {

  private static final List<String> TERMS =
      List.of(
          "HTA",
          "hipertension arterial",
          "neumonías",
          "paracetamool",
          "DM2 descompensada",
          "insuficiencia cardiaca",
          "fractura de cadera",
          "colesterol total",
          "xqzvbw",
          "hemoglobina glicada",
          "creatinina serica",
          "colecistectomia laparoscopica",
          "amoxicilina",
          "ibuprufeno",
          "tension arterial sistolica",
          "asma bronquial");

  private static final int ROUNDS = Integer.getInteger("bench.rounds", 60);

  @TempDir Path dataDir;

  @Test
  void printsBuildTimeSizeLatencyAndHeap() {
    DataSource db = TestDatabase.freshDatabase();
    new AthenaLoader(db, SampleVocabularies.CDM)
        .loadAll(
            List.of(SampleVocabularies.gibleed(), SampleVocabularies.synthea()), LoadProgress.NONE);
    IndexSource source = IndexSource.of(db, SampleVocabularies.CDM, Lexicon.bundledSpanish());
    Path dir = dataDir.resolve("concept-index");
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    long heapBefore = runtime.totalMemory() - runtime.freeMemory();
    try (ConceptIndex index = ConceptIndex.open(source, dir, BuildProgress.NONE)) {
      System.gc();
      long heapAfter = runtime.totalMemory() - runtime.freeMemory();
      IndexStats stats = index.stats();
      System.out.printf(
          Locale.ROOT,
          "concept index benchmark (samples): %d documents, %.2f MB on disk, built in %d ms;"
              + " heap used after opening %+.1f MB (%.1f MB in all)%n",
          stats.documents(),
          stats.sizeBytes() / 1e6,
          stats.buildMillis(),
          (heapAfter - heapBefore) / 1e6,
          heapAfter / 1e6);
      IndexMapperSettings uncached = IndexMapperSettings.defaults().withCacheSize(0);
      List<ConceptMatch> withoutCache =
          measure("without cache", new IndexConceptMapper(index, uncached));
      List<ConceptMatch> withCache =
          measure("with cache", new IndexConceptMapper(index, IndexMapperSettings.defaults()));

      assertThat(withCache).isEqualTo(withoutCache);
    }
  }

  /** Maps every term {@link #ROUNDS} times; prints p50 and p99 after 10 warm-up rounds. */
  private static List<ConceptMatch> measure(String label, IndexConceptMapper mapper) {
    List<ConceptMatch> first = new ArrayList<>();
    long[] nanos = new long[ROUNDS * TERMS.size()];
    int n = 0;
    for (int round = 0; round < ROUNDS; round++) {
      List<ConceptMatch> answers = new ArrayList<>();
      for (String term : TERMS) {
        long start = System.nanoTime();
        answers.add(mapper.best(term, "Condition"));
        nanos[n++] = System.nanoTime() - start;
      }
      if (round == 0) {
        first.addAll(answers);
      }
      assertThat(answers).isEqualTo(first);
    }
    long[] measured = Arrays.copyOfRange(nanos, TERMS.size() * 10, nanos.length); // warm
    Arrays.sort(measured);
    System.out.printf(
        Locale.ROOT,
        "concept index benchmark (samples), %s: best() p50 %.3f ms, p99 %.3f ms over %d calls%n",
        label,
        measured[measured.length / 2] / 1e6,
        measured[(int) (measured.length * 0.99)] / 1e6,
        measured.length);
    return first;
  }
}
