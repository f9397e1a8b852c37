package dev.notes2omop.tagger.external;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes2omop.core.nlp.Mention;
import dev.notes2omop.tagger.model.Windows;
import dev.notes2omop.tagger.text.Tokens;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures the cost of the external-model pipeline (tokenising, windows, libtorch calls, decoding)
 * with the fixture module, a table lookup: not the cost of a transformer. A 145-token note of 25
 * sentences, tagged 600 times per round on one and on two threads; notes/s and sentences/s go to
 * the log, never asserted. Run alone with {@code ./mvnw -B -pl tagger test
 * -Dtest=ExternalModelTaggerThroughputTest}.
 */
class ExternalModelTaggerThroughputTest {

  private static final Logger log =
      LoggerFactory.getLogger(ExternalModelTaggerThroughputTest.class);
  private static final List<String> SENTENCES =
      List.of(
          "Paciente con diabetes mellitus y toma metformina.",
          "Refiere insuficiencia renal crónica sin cambios.",
          "Se pauta insulina glargina; control en 3 meses.",
          "Niega diabetes mellitus.");

  @Test
  void measuresNotesPerSecond() throws Exception {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      text.append(SENTENCES.get(i % SENTENCES.size())).append(i % 3 == 0 ? "\n" : " ");
    }
    String note = text.toString();
    int sentences = Windows.sentences(Tokens.of(note)).size();
    Path fixture =
        Path.of(getClass().getResource("/torchscript/fixture/model.json").toURI()).getParent();
    try (TorchScriptPackage model = TorchScriptPackage.load(fixture);
        ExternalModelTagger tagger = new ExternalModelTagger(model)) {
      for (int threads : new int[] {1, 2}) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
          for (int round = 0; round < 4; round++) {
            int notes = 600;
            long start = System.nanoTime();
            List<Future<List<Mention>>> results = new ArrayList<>(notes);
            for (int i = 0; i < notes; i++) {
              results.add(pool.submit(() -> tagger.tag(note)));
            }
            for (Future<List<Mention>> result : results) {
              // 5 diabetes mellitus, 5 insuficiencia renal crónica, 5 metformina, 5 insulina
              // glargina
              assertThat(result.get()).hasSize(25);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            log.info(
                "{} thread(s), round {}: {} notes in {} s: {} notes/s, {} sentences/s",
                threads,
                round,
                notes,
                String.format("%.2f", seconds),
                Math.round(notes / seconds),
                Math.round(notes * sentences / seconds));
          }
        } finally {
          pool.shutdown();
        }
      }
    }
  }
}
