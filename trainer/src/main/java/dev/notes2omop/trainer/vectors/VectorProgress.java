package dev.notes2omop.trainer.vectors;

/** What {@link WordVectors#train} reports while it runs; every method does nothing by default. */
public interface VectorProgress {

  /** Reports nothing. */
  VectorProgress NONE = new VectorProgress() {};

  /**
   * The texts are read.
   *
   * @param words words seen at least {@code minCount} times: the words with a vector of their own
   * @param tokens tokens of those words in all texts, each epoch's work
   */
  default void vocabulary(int words, long tokens) {}

  /**
   * An epoch ended.
   *
   * @param epoch 1-based
   * @param epochs all epochs
   * @param meanLoss mean negative-sampling loss per (word, context) pair in this epoch
   */
  default void epoch(int epoch, int epochs, double meanLoss) {}
}
