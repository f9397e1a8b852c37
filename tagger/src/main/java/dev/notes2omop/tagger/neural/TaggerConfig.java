package dev.notes2omop.tagger.neural;

/**
 * Hyper-parameters of the BiLSTM tagger and of its training.
 *
 * @param wordDim size of the word embedding
 * @param charDim size of the character embedding (averaged over a token's characters)
 * @param shapeDim size of the shape embedding
 * @param hidden state size of each of the two LSTMs (forward and reversed)
 * @param maxChars characters kept per token
 * @param maxTokens tokens per window
 * @param overlap tokens shared by the windows of a long sentence
 * @param minWordCount words seen fewer times are unknown
 * @param epochs passes over the training data (at most, with early stopping)
 * @param patience epochs without a better held-out span F1 before stopping; 0 disables it
 * @param batchSize windows per step
 * @param learningRate Adam's learning rate
 * @param seed seed of the initial weights and of the data order
 */
public record TaggerConfig(
    int wordDim,
    int charDim,
    int shapeDim,
    int hidden,
    int maxChars,
    int maxTokens,
    int overlap,
    int minWordCount,
    int epochs,
    int patience,
    int batchSize,
    float learningRate,
    long seed) {

  public TaggerConfig {
    positive("wordDim", wordDim);
    positive("charDim", charDim);
    positive("shapeDim", shapeDim);
    positive("hidden", hidden);
    positive("maxTokens", maxTokens);
    positive("minWordCount", minWordCount);
    positive("epochs", epochs);
    positive("batchSize", batchSize);
    if (maxChars < 2) {
      throw new IllegalArgumentException("maxChars must be at least 2, got " + maxChars);
    }
    if (overlap < 0 || overlap >= maxTokens) {
      throw new IllegalArgumentException(
          "overlap must be in [0, maxTokens), got " + overlap + " for maxTokens " + maxTokens);
    }
    if (patience < 0) {
      throw new IllegalArgumentException("patience must not be negative, got " + patience);
    }
    if (!(learningRate > 0f) || !Float.isFinite(learningRate)) {
      throw new IllegalArgumentException("learningRate must be positive, got " + learningRate);
    }
  }

  /** The default tagger: 64-d words, 32-d characters, 8-d shapes, two LSTMs of 128. */
  public static TaggerConfig defaults() {
    return new TaggerConfig(64, 32, 8, 128, 12, 64, 16, 2, 10, 2, 32, 2e-3f, 42L);
  }

  public TaggerConfig withEpochs(int newEpochs) {
    return new TaggerConfig(
        wordDim,
        charDim,
        shapeDim,
        hidden,
        maxChars,
        maxTokens,
        overlap,
        minWordCount,
        newEpochs,
        patience,
        batchSize,
        learningRate,
        seed);
  }

  public TaggerConfig withSizes(int newWordDim, int newCharDim, int newShapeDim, int newHidden) {
    return new TaggerConfig(
        newWordDim,
        newCharDim,
        newShapeDim,
        newHidden,
        maxChars,
        maxTokens,
        overlap,
        minWordCount,
        epochs,
        patience,
        batchSize,
        learningRate,
        seed);
  }

  private static void positive(String name, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
  }
}
