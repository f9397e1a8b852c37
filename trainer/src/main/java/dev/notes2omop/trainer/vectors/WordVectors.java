package dev.notes2omop.trainer.vectors;

import dev.notes2omop.tagger.model.FeatureSpace;
import dev.notes2omop.tagger.model.Vocabulary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * Word vectors learned from unlabeled texts by skip-gram with character n-grams ({@link SkipGram}):
 * a vector for every word, also for words never seen, from the n-grams it shares with seen words.
 *
 * <p>Words are looked up by the tagger's word key ({@link #key}: folded, digits as {@code 0}), so
 * "Neumonía", "neumonia" and "NEUMONIA" share one vector, and the entries of the model's word
 * {@link Vocabulary} are keys already. A word's vector is the mean of its own row (when it was seen
 * at least {@code minCount} times) and of the rows of its n-gram buckets. Immutable and safe to
 * share between threads.
 */
public final class WordVectors {

  private final VectorSettings settings;
  private final long tokens;
  private final String[] words;
  private final long[] counts;
  private final Map<String, Integer> ids;
  private final float[] rows;
  private final Subwords subwords;
  private volatile float[] unitWords;

  WordVectors(VectorSettings settings, long tokens, String[] words, long[] counts, float[] rows) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.tokens = tokens;
    this.words = words;
    this.counts = counts;
    this.rows = rows;
    this.subwords = new Subwords(settings.minN(), settings.maxN(), settings.buckets());
    int expected = (words.length + (subwords.enabled() ? settings.buckets() : 0));
    if (rows.length != (long) expected * settings.dimension()) {
      throw new IllegalArgumentException(
          "expected "
              + expected
              + " rows of "
              + settings.dimension()
              + " floats, got "
              + rows.length
              + " floats");
    }
    this.ids = new HashMap<>(words.length * 2);
    for (int i = 0; i < words.length; i++) {
      if (ids.put(words[i], i) != null) {
        throw new IllegalArgumentException("duplicate word '" + words[i] + "'");
      }
    }
  }

  /**
   * Trains vectors on {@code texts} (read twice: to count the words, then to encode the texts).
   *
   * @throws IllegalArgumentException when fewer than two words are seen {@code minCount} times
   */
  public static WordVectors train(
      Iterable<String> texts, VectorSettings settings, VectorProgress progress) {
    VectorCorpus corpus = VectorCorpus.read(texts, settings.minCount());
    if (corpus.words().length < 2 || corpus.tokens() == 0) {
      throw new IllegalArgumentException(
          "the texts hold "
              + corpus.words().length
              + " words seen at least "
              + settings.minCount()
              + " times: give more text or a lower minCount");
    }
    progress.vocabulary(corpus.words().length, corpus.tokens());
    Subwords subwords = new Subwords(settings.minN(), settings.maxN(), settings.buckets());
    float[] rows = new SkipGram(settings, corpus, subwords).train(progress);
    return new WordVectors(settings, corpus.tokens(), corpus.words(), corpus.counts(), rows);
  }

  /** The key a token is looked up by: the tagger's word key ({@link FeatureSpace#wordKey}). */
  public static String key(String token) {
    return FeatureSpace.wordKey(token);
  }

  /** Size of every vector. */
  public int dimension() {
    return settings.dimension();
  }

  /** The settings the vectors were trained with. */
  public VectorSettings settings() {
    return settings;
  }

  /** Tokens of the vocabulary's words in the training texts (one epoch). */
  public long tokens() {
    return tokens;
  }

  /**
   * The words with a vector of their own (seen at least {@code minCount} times), most frequent
   * first.
   */
  public List<String> words() {
    return Collections.unmodifiableList(Arrays.asList(words));
  }

  /** Whether {@code token}'s key has a vector of its own (rather than only its n-grams). */
  public boolean contains(String token) {
    return ids.containsKey(key(token));
  }

  /**
   * How often {@code token}'s key was seen in the training texts, 0 when below {@code minCount}.
   */
  public long count(String token) {
    Integer id = ids.get(key(token));
    return id == null ? 0 : counts[id];
  }

  /**
   * The vector of {@code token} (looked up by its {@link #key}): the mean of its own row and its
   * n-gram rows; for an unseen word the mean of its n-gram rows; all zeros for an unseen word when
   * n-grams are off. A new array each call.
   */
  public float[] vector(String token) {
    String key = key(token);
    int dim = dimension();
    float[] out = new float[dim];
    int n = 0;
    Integer id = ids.get(key);
    if (id != null) {
      add(out, id);
      n++;
    }
    for (int bucket : subwords.buckets(key)) {
      add(out, words.length + bucket);
      n++;
    }
    if (n > 1) {
      for (int k = 0; k < dim; k++) {
        out[k] /= n;
      }
    }
    return out;
  }

  private void add(float[] sum, int row) {
    int offset = row * dimension();
    for (int k = 0; k < sum.length; k++) {
      sum[k] += rows[offset + k];
    }
  }

  /**
   * Rows to initialise an embedding table over {@code vocabulary}: row {@code id} is the vector of
   * {@code vocabulary.entry(id)}; the padding and unknown rows are zeros.
   */
  public float[][] rowsFor(Vocabulary vocabulary) {
    float[][] out = new float[vocabulary.size()][];
    for (int id = 0; id < out.length; id++) {
      out[id] =
          id == Vocabulary.PAD_ID || id == Vocabulary.UNK_ID
              ? new float[dimension()]
              : vector(vocabulary.entry(id));
    }
    return out;
  }

  /** A word and its cosine similarity to another. */
  public record Neighbour(String word, double cosine) {}

  /** The {@code k} words of {@link #words()} closest (cosine) to {@code token}, itself excluded. */
  public List<Neighbour> nearest(String token, int k) {
    float[] query = unit(vector(token));
    String self = key(token);
    float[] table = unitWords();
    int dim = dimension();
    PriorityQueue<Neighbour> best =
        new PriorityQueue<>(
            (a, b) ->
                a.cosine() != b.cosine()
                    ? Double.compare(a.cosine(), b.cosine())
                    : b.word().compareTo(a.word()));
    for (int w = 0; w < words.length; w++) {
      if (words[w].equals(self)) {
        continue;
      }
      double dot = 0;
      for (int d = 0; d < dim; d++) {
        dot += query[d] * table[w * dim + d];
      }
      best.add(new Neighbour(words[w], dot));
      if (best.size() > k) {
        best.poll();
      }
    }
    List<Neighbour> out = new ArrayList<>(best);
    out.sort((a, b) -> Double.compare(b.cosine(), a.cosine()));
    return out;
  }

  /** The cosine similarity of two tokens' vectors (0 when either is all zeros). */
  public double similarity(String a, String b) {
    return cosine(vector(a), vector(b));
  }

  /** The cosine of two vectors of the same size (0 when either is all zeros). */
  public static double cosine(float[] a, float[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int k = 0; k < a.length; k++) {
      dot += a[k] * b[k];
      na += a[k] * a[k];
      nb += b[k] * b[k];
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }

  private float[] unitWords() {
    float[] table = unitWords;
    if (table == null) {
      int dim = dimension();
      table = new float[words.length * dim];
      for (int w = 0; w < words.length; w++) {
        System.arraycopy(unit(vector(words[w])), 0, table, w * dim, dim);
      }
      unitWords = table;
    }
    return table;
  }

  private static float[] unit(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    if (norm > 0) {
      float inv = (float) (1 / Math.sqrt(norm));
      for (int k = 0; k < v.length; k++) {
        v[k] *= inv;
      }
    }
    return v;
  }

  /** Writes the vectors to {@code file} in the format of {@link VectorFile}, replacing it. */
  public void save(Path file) throws IOException {
    VectorFile.write(file, settings, tokens, words, counts, rows);
  }

  /**
   * Reads vectors written by {@link #save}.
   *
   * @throws IOException when the file cannot be read or is not a word-vector file
   */
  public static WordVectors load(Path file) throws IOException {
    return VectorFile.read(file);
  }
}
