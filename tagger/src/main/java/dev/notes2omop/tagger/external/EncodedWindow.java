package dev.notes2omop.tagger.external;

import dev.notes2omop.tagger.model.Window;
import java.util.Objects;

/**
 * A window of our tokens as the module reads it: its sub-word ids (special tokens included), the
 * attention mask and token type ids of the same length, and for each token of the window the index
 * of its first sub-word, or -1 when the tokenizer gave it none (a character its normaliser drops)
 * or the window holds one token with more sub-words than the module reads ({@link #scored()} is
 * then false).
 *
 * @param window the window, in note token indexes
 * @param inputIds the sub-word ids, empty when not scored
 * @param attentionMask 1 per sub-word
 * @param typeIds the token type ids (all 0 for a single sequence)
 * @param firstSubword for window token {@code i}, the index in {@code inputIds} of its first
 *     sub-word, or -1
 */
public record EncodedWindow(
    Window window, long[] inputIds, long[] attentionMask, long[] typeIds, int[] firstSubword) {

  public EncodedWindow {
    Objects.requireNonNull(window, "window");
    if (attentionMask.length != inputIds.length || typeIds.length != inputIds.length) {
      throw new IllegalArgumentException("inputs of different lengths");
    }
    if (firstSubword.length != window.size()) {
      throw new IllegalArgumentException(
          firstSubword.length + " first sub-words for " + window + " of " + window.size());
    }
  }

  /** Whether the module reads this window. */
  public boolean scored() {
    return inputIds.length > 0;
  }

  /** The number of sub-words. */
  public int length() {
    return inputIds.length;
  }
}
