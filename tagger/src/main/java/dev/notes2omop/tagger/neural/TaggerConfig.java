package dev.notes2omop.tagger.neural;

/**
 * Hyper-parameters of the BiLSTM tagger and of its training.
 *
 * @param wordDim size of the word embedding
 * @param charDim size of the character embedding
 * @param charFilters filters of the character CNN (width 3, max-pooled over the token's characters)
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
 * @param dropout dropout rate on the token vectors and on the LSTM states, in training
 * @param wordDropout share of training tokens whose word id is replaced by {@code <unk>}, so that
 *     the model learns to read characters and context
 * @param gazetteerDropout share of training windows shown without their gazetteer flags, so that
 *     the model does not learn to trust the lexicon alone
 * @param seed seed of the initial weights, of the data order and of the dropouts
 */
public record TaggerConfig(
    int wordDim,
    int charDim,
    int charFilters,
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
    float dropout,
    float wordDropout,
    float gazetteerDropout,
    long seed) {

  public TaggerConfig {
    positive("wordDim", wordDim);
    positive("charDim", charDim);
    positive("charFilters", charFilters);
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
    rate("dropout", dropout);
    rate("wordDropout", wordDropout);
    rate("gazetteerDropout", gazetteerDropout);
  }

  /**
   * A configuration without dropouts and with a character CNN of {@code 2 × charDim} filters: small
   * test models.
   */
  public TaggerConfig(
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
    this(
        wordDim,
        charDim,
        2 * charDim,
        shapeDim,
        hidden,
        maxChars,
        maxTokens,
        overlap,
        minWordCount,
        epochs,
        patience,
        batchSize,
        learningRate,
        0f,
        0f,
        0f,
        seed);
  }

  /**
   * The default tagger: 64-d words, 24-d characters through 64 CNN filters, 8-d shapes, two LSTMs
   * of 128; dropout 0.3, word dropout 0.15, gazetteer dropout 0.5.
   */
  public static TaggerConfig defaults() {
    return new TaggerConfig(
        64, 24, 64, 8, 128, 14, 64, 16, 2, 10, 3, 32, 2e-3f, 0.3f, 0.15f, 0.5f, 42L);
  }

  public TaggerConfig withEpochs(int newEpochs) {
    return new TaggerConfig(
        wordDim,
        charDim,
        charFilters,
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
        dropout,
        wordDropout,
        gazetteerDropout,
        seed);
  }

  public TaggerConfig withSeed(long newSeed) {
    return new TaggerConfig(
        wordDim,
        charDim,
        charFilters,
        shapeDim,
        hidden,
        maxChars,
        maxTokens,
        overlap,
        minWordCount,
        epochs,
        patience,
        batchSize,
        learningRate,
        dropout,
        wordDropout,
        gazetteerDropout,
        newSeed);
  }

  public TaggerConfig withSizes(int newWordDim, int newCharDim, int newShapeDim, int newHidden) {
    return new TaggerConfig(
        newWordDim,
        newCharDim,
        charFilters,
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
        dropout,
        wordDropout,
        gazetteerDropout,
        seed);
  }

  /** This configuration with other regularisation rates. */
  public TaggerConfig withDropouts(
      float newDropout, float newWordDropout, float newGazetteerDropout) {
    return new TaggerConfig(
        wordDim,
        charDim,
        charFilters,
        shapeDim,
        hidden,
        maxChars,
        maxTokens,
        overlap,
        minWordCount,
        epochs,
        patience,
        batchSize,
        learningRate,
        newDropout,
        newWordDropout,
        newGazetteerDropout,
        seed);
  }

  private static void positive(String name, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
  }

  private static void rate(String name, float value) {
    if (!(value >= 0f && value < 1f)) {
      throw new IllegalArgumentException(name + " must be in [0, 1), got " + value);
    }
  }
}
