package dev.notes2omop.tagger.external;

import java.util.List;

/**
 * Runs the token classifier on a batch of encoded windows. Implementations need not be thread-safe:
 * the tagger keeps one per thread.
 */
public interface WindowScorer {

  /**
   * For each window of the batch, in order, the logits of each of its sub-words, {@code
   * [window.length()][tags]}, in the module's column order.
   *
   * @throws dev.notes2omop.tagger.neural.TaggerModelException when the module fails or gives an
   *     output of another shape
   */
  List<float[][]> logits(List<EncodedWindow> batch);
}
