package dev.notes2omop.plugin.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes2omop.plugin.runtime.Taggers;
import dev.notes2omop.tagger.model.Windows;
import dev.notes2omop.tagger.neural.ModelPackage;
import dev.notes2omop.tagger.neural.ModelTagger;
import dev.notes2omop.tagger.text.Tokens;
import dev.notes2omop.trainer.data.SynthRecord;
import dev.notes2omop.trainer.synth.GenerationRequest;
import dev.notes2omop.trainer.synth.grammar.GrammarTutor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures the shipped model alone (no mapping, no database): grammar-tutor passages (one to a few
 * sentences each) and demo notes of ~1,500 characters, on one and two Java threads of one predictor
 * each. Logs sentences/s and notes/s (at INFO: the plugin logs WARN and above unless told); asserts
 * only that mentions are found, never on time. Run alone with {@code NOTES2OMOP_LOG_LEVEL=INFO
 * ./mvnw -q -pl plugin -am test -Dtest=ShippedModelThroughputTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ShippedModelThroughputTest {

  private static final Logger log = LoggerFactory.getLogger(ShippedModelThroughputTest.class);

  @Test
  void tagsSentencesAndNotesOnOneAndTwoThreads() throws Exception {
    List<String> passages = new ArrayList<>();
    for (SynthRecord r : new GrammarTutor().generate(GenerationRequest.of(1500, 3))) {
      passages.add(r.text());
    }
    Random random = new Random(5);
    List<String> notes = new ArrayList<>();
    SyntheticNoteKind[] kinds = SyntheticNoteKind.values();
    for (int i = 0; i < 120; i++) {
      notes.add(
          ClinicalNoteComposer.compose(
              random, kinds[i % kinds.length], random.nextBoolean(), 20 + random.nextInt(70)));
    }
    try (ModelPackage model = Taggers.loadBundled();
        ModelTagger tagger = new ModelTagger(model)) {
      run(tagger, passages.subList(0, 200), 1); // warm-up
      for (int threads = 1; threads <= 2; threads++) {
        for (List<String> texts : List.of(passages, notes)) {
          long sentences = 0;
          long characters = 0;
          for (String t : texts) {
            sentences += Windows.sentences(Tokens.of(t)).size();
            characters += t.length();
          }
          long started = System.nanoTime();
          int mentions = run(tagger, texts, threads);
          double seconds = (System.nanoTime() - started) / 1e9;
          log.info(
              String.format(
                  Locale.ROOT,
                  "shipped model, %d thread(s): %d texts of %.0f characters on average, %,.0f"
                      + " texts/s, %,.0f sentences/s, %,.0f mentions",
                  threads,
                  texts.size(),
                  characters / (double) texts.size(),
                  texts.size() / seconds,
                  sentences / seconds,
                  (double) mentions));
          assertThat(mentions).isGreaterThan(texts.size() / 2);
        }
      }
    }
  }

  private static int run(ModelTagger tagger, List<String> texts, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      AtomicInteger next = new AtomicInteger();
      List<Future<Integer>> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        parts.add(
            pool.submit(
                () -> {
                  int found = 0;
                  for (int i = next.getAndIncrement();
                      i < texts.size();
                      i = next.getAndIncrement()) {
                    found += tagger.tag(texts.get(i)).size();
                  }
                  return found;
                }));
      }
      int total = 0;
      for (Future<Integer> part : parts) {
        total += part.get();
      }
      return total;
    } finally {
      pool.shutdownNow();
    }
  }
}
