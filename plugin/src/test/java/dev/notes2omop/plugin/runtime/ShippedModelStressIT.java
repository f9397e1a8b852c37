package dev.notes2omop.plugin.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.notes2omop.core.nlp.Mention;
import dev.notes2omop.tagger.neural.ModelPackage;
import dev.notes2omop.tagger.neural.ModelTagger;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The shipped model under load, as the NaN issue saw it fail (about one note in 150 on an AVX-512
 * CPU): 2,000 tag calls over 100 real case reports (the unlabeled notes in {@code shared/data}) in
 * one JVM, 1,000 on one thread and 1,000 on two, then the same reports in a second JVM. Every call
 * must succeed without a predictor being replaced, and every note must get the same mentions in
 * every pass, on every thread and in both JVMs.
 */
class ShippedModelStressIT {

  private static final Path NOTES =
      Path.of("../../shared/data/unlabeled/clinical-cases-es.jsonl.gz");
  private static final int NOTE_COUNT = 100;
  private static final int PASSES = 10;

  @Test
  void twoThousandCallsOnOneAndTwoThreadsAndASecondJvmGiveTheSameMentionsAndNoFailure()
      throws Exception {
    List<String> texts = realNotes();
    List<String> expected;
    try (ModelPackage model = Taggers.loadBundled();
        ModelTagger tagger = new ModelTagger(model)) {
      expected = digests(tagger, texts);
      for (int threads = 1; threads <= 2; threads++) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
          List<Future<String>> calls = new ArrayList<>();
          for (int pass = 0; pass < PASSES; pass++) {
            for (String text : texts) {
              calls.add(pool.submit(() -> digest(tagger.tag(text))));
            }
          }
          for (int i = 0; i < calls.size(); i++) {
            assertThat(calls.get(i).get())
                .as("note %d, pass %d, %d thread(s)", i % NOTE_COUNT, i / NOTE_COUNT, threads)
                .isEqualTo(expected.get(i % NOTE_COUNT));
          }
        } finally {
          pool.shutdownNow();
          pool.awaitTermination(1, TimeUnit.MINUTES);
        }
      }
      assertThat(tagger.replacedPredictors()).as("predictors replaced after a failure").isZero();
    }
    assertThat(secondJvm()).as("mentions in a second JVM").isEqualTo(expected);
  }

  private static List<String> digests(ModelTagger tagger, List<String> texts) {
    List<String> out = new ArrayList<>();
    for (String text : texts) {
      out.add(digest(tagger.tag(text)));
    }
    return out;
  }

  static String digest(List<Mention> mentions) {
    StringBuilder b = new StringBuilder();
    for (Mention m : mentions) {
      b.append(m.start()).append('-').append(m.end()).append(' ').append(m.label()).append(';');
    }
    return b.toString();
  }

  static List<String> realNotes() throws IOException {
    assertThat(NOTES)
        .as("the unlabeled notes of shared/data, beside the repository (see shared/data/README.md)")
        .exists();
    ObjectMapper json = new ObjectMapper();
    List<String> texts = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(NOTES)), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null && texts.size() < NOTE_COUNT; ) {
        texts.add(json.readTree(line).get("text").asText());
        for (int skip = 0; skip < 40 && line != null; skip++) {
          line = in.readLine();
        }
      }
    }
    return texts;
  }

  private static List<String> secondJvm() throws Exception {
    Path out = Files.createTempFile("stress-", ".txt");
    try {
      Process p =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  StressMain.class.getName(),
                  out.toString())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("second JVM finished").isTrue();
      assertThat(p.exitValue()).as("second JVM's exit code").isZero();
      return Files.readAllLines(out, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(out);
    }
  }

  /** The second JVM: tags the same notes once and writes one digest a line. */
  public static final class StressMain {
    public static void main(String[] args) throws Exception {
      List<String> texts = realNotes();
      try (ModelPackage model = Taggers.loadBundled();
          ModelTagger tagger = new ModelTagger(model)) {
        Files.write(Path.of(args[0]), digests(tagger, texts), StandardCharsets.UTF_8);
      }
    }
  }
}
