package dev.notes2omop.trainer.vectors;

/**
 * Settings of the skip-gram word-vector training with character n-grams.
 *
 * @param dimension size of every vector (the tagger's word embedding size, {@code
 *     TaggerConfig.wordDim()}, is 64 by default)
 * @param epochs passes over the texts
 * @param window the most words on each side of a word that count as its context; each position
 *     draws its own window size from 1 to this
 * @param negatives words drawn from the unigram<sup>0.75</sup> distribution per (word, context)
 *     pair, as negative examples
 * @param minCount words seen fewer times get no vector of their own (only their n-grams)
 * @param minN shortest character n-gram, counting the {@code <} and {@code >} boundary marks
 * @param maxN longest character n-gram; {@code maxN < minN} turns n-grams off
 * @param buckets number of n-gram vectors n-grams are hashed into; 0 turns n-grams off
 * @param sampling threshold of the subsampling of frequent words: a word of frequency f is kept
 *     with probability {@code sqrt(t/f) + t/f}
 * @param learningRate starting learning rate, decreasing linearly to 0 over the whole training
 * @param seed seed of the initial vectors, of the subsampling, window sizes and negatives
 * @param threads training threads; 1 gives the same vectors for the same seed and texts, more share
 *     the vectors without locks (Hogwild) and are not reproducible
 */
public record VectorSettings(
    int dimension,
    int epochs,
    int window,
    int negatives,
    int minCount,
    int minN,
    int maxN,
    int buckets,
    double sampling,
    double learningRate,
    long seed,
    int threads) {

  public VectorSettings {
    positive("dimension", dimension);
    positive("epochs", epochs);
    positive("window", window);
    positive("negatives", negatives);
    positive("minCount", minCount);
    positive("minN", minN);
    positive("threads", threads);
    if (buckets < 0) {
      throw new IllegalArgumentException("buckets must not be negative, got " + buckets);
    }
    if (!(sampling > 0) || !Double.isFinite(sampling)) {
      throw new IllegalArgumentException("sampling must be positive, got " + sampling);
    }
    if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
      throw new IllegalArgumentException("learningRate must be positive, got " + learningRate);
    }
  }

  /**
   * Dimension 64, 5 epochs, window 5, 5 negatives, min count 3, n-grams of 3 to 5 characters in
   * 100,000 buckets, sampling 1e-4, learning rate 0.05, seed 42, one thread.
   */
  public static VectorSettings defaults() {
    return new VectorSettings(64, 5, 5, 5, 3, 3, 5, 100_000, 1e-4, 0.05, 42L, 1);
  }

  /** Whether words get character n-gram vectors. */
  public boolean ngrams() {
    return buckets > 0 && maxN >= minN;
  }

  public VectorSettings withDimension(int value) {
    return new VectorSettings(
        value,
        epochs,
        window,
        negatives,
        minCount,
        minN,
        maxN,
        buckets,
        sampling,
        learningRate,
        seed,
        threads);
  }

  public VectorSettings withEpochs(int value) {
    return new VectorSettings(
        dimension,
        value,
        window,
        negatives,
        minCount,
        minN,
        maxN,
        buckets,
        sampling,
        learningRate,
        seed,
        threads);
  }

  public VectorSettings withMinCount(int value) {
    return new VectorSettings(
        dimension,
        epochs,
        window,
        negatives,
        value,
        minN,
        maxN,
        buckets,
        sampling,
        learningRate,
        seed,
        threads);
  }

  public VectorSettings withBuckets(int value) {
    return new VectorSettings(
        dimension,
        epochs,
        window,
        negatives,
        minCount,
        minN,
        maxN,
        value,
        sampling,
        learningRate,
        seed,
        threads);
  }

  public VectorSettings withSampling(double value) {
    return new VectorSettings(
        dimension,
        epochs,
        window,
        negatives,
        minCount,
        minN,
        maxN,
        buckets,
        value,
        learningRate,
        seed,
        threads);
  }

  public VectorSettings withSeed(long value) {
    return new VectorSettings(
        dimension,
        epochs,
        window,
        negatives,
        minCount,
        minN,
        maxN,
        buckets,
        sampling,
        learningRate,
        value,
        threads);
  }

  public VectorSettings withThreads(int value) {
    return new VectorSettings(
        dimension,
        epochs,
        window,
        negatives,
        minCount,
        minN,
        maxN,
        buckets,
        sampling,
        learningRate,
        seed,
        value);
  }

  private static void positive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, got " + value);
    }
  }
}
