package dev.notes2omop.tagger.external;

/**
 * Runs the token classifier on one encoded window. Implementations need not be thread-safe: the
 * tagger keeps one per thread.
 */
public interface WindowScorer {

  /**
   * The logits of each sub-word, {@code [window.length()][tags]}, in the module's column order.
   *
   * @throws dev.notes2omop.tagger.neural.TaggerModelException when the module fails or gives an
   *     output of another shape
   */
  float[][] logits(EncodedWindow window);
}
