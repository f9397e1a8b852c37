package dev.notes2omop.trainer.vectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Measures word-vector training on a JSON-lines file of notes ({@code {"id","text"}}, gzipped or
 * not): not a test. Run from the repository root after {@code ./mvnw -B -q -pl trainer -am
 * test-compile}:
 *
 * <pre>
 * java -cp trainer/target/test-classes:trainer/target/classes:$(cat /tmp/trainer.cp) \
 *   dev.notes2omop.trainer.vectors.VectorsBench NOTES.jsonl.gz OUT.n2ov THREADS MIN_COUNT [EPOCHS]
 * </pre>
 *
 * <p>Prints the vocabulary, each epoch's time and loss, the file size and the nearest neighbours of
 * a few words to standard output.
 */
public final class VectorsBench {

  private VectorsBench() {}

  public static void main(String[] args) throws IOException {
    Path notes = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int threads = Integer.parseInt(args[2]);
    int minCount = Integer.parseInt(args[3]);
    int epochs = args.length > 4 ? Integer.parseInt(args[4]) : 5;
    List<String> texts = read(notes);
    VectorSettings settings =
        VectorSettings.defaults().withThreads(threads).withMinCount(minCount).withEpochs(epochs);
    System.out.println("texts " + texts.size() + ", settings " + settings);
    long start = System.nanoTime();
    long[] mark = {start};
    WordVectors vectors =
        WordVectors.train(
            texts,
            settings,
            new VectorProgress() {
              @Override
              public void vocabulary(int words, long tokens) {
                System.out.printf(
                    Locale.ROOT,
                    "vocabulary %,d words (min count %d), %,d tokens, read in %.1f s%n",
                    words,
                    minCount,
                    tokens,
                    seconds(start));
                mark[0] = System.nanoTime();
              }

              @Override
              public void epoch(int epoch, int all, double meanLoss) {
                System.out.printf(
                    Locale.ROOT,
                    "epoch %d/%d loss %.4f at %.1f s%n",
                    epoch,
                    all,
                    meanLoss,
                    seconds(start));
              }
            });
    System.out.printf(
        Locale.ROOT,
        "trained in %.1f s (%.1f s of it after the vocabulary)%n",
        seconds(start),
        seconds(mark[0]));
    vectors.save(out);
    System.out.printf(Locale.ROOT, "file %s: %,d bytes%n", out, Files.size(out));
    double norms = 0;
    for (String word : vectors.words()) {
      float[] v = vectors.vector(word);
      double n = 0;
      for (float x : v) {
        n += x * x;
      }
      norms += Math.sqrt(n);
    }
    System.out.printf(
        Locale.ROOT, "mean vector norm %.3f%n", norms / Math.max(1, vectors.words().size()));
    for (String word :
        List.of(
            "carcinoma",
            "omeprazol",
            "fiebre",
            "biopsia",
            "amoxicilina",
            "metastasis",
            "carcinomma",
            "omeprazool",
            "adenocarcinomas")) {
      StringBuilder line =
          new StringBuilder(
                  word + (vectors.contains(word) ? " (" + vectors.count(word) + "x)" : " (unseen)"))
              .append(':');
      for (WordVectors.Neighbour n : vectors.nearest(word, 8)) {
        line.append(String.format(Locale.ROOT, " %s %.2f", n.word(), n.cosine()));
      }
      System.out.println(line);
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static List<String> read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> texts = new ArrayList<>();
    var raw = Files.newInputStream(file);
    var in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          JsonNode node = json.readTree(line);
          texts.add(node.path("text").asText(""));
        }
      }
    }
    return texts;
  }
}
