package dev.notes2omop.tagger.neural;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.notes2omop.tagger.model.TokenFeatures;
import java.util.List;

/**
 * Pads the features (and gold tags) of a few windows into the arrays {@link TaggerNetwork} reads.
 */
public final class WindowBatch {

  private WindowBatch() {}

  // padding is 0 everywhere, which is Vocabulary.PAD_ID

  /** The longest window of the batch. */
  public static int length(List<TokenFeatures> windows) {
    int longest = 0;
    for (TokenFeatures w : windows) {
      longest = Math.max(longest, w.size());
    }
    if (longest == 0) {
      throw new IllegalArgumentException("a batch needs at least one non-empty window");
    }
    return longest;
  }

  /**
   * Word, character and shape ids, gazetteer flags and the reversal index, padded to the longest.
   */
  public static NDList inputs(NDManager manager, List<TokenFeatures> windows, int maxChars) {
    int b = windows.size();
    int t = length(windows);
    int g = windows.get(0).gazetteer().length == 0 ? 0 : windows.get(0).gazetteer()[0].length;
    long[] words = new long[b * t];
    long[] chars = new long[b * t * maxChars];
    long[] shapes = new long[b * t];
    float[] flags = new float[b * t * g];
    long[] reversal = new long[b * t];
    for (int i = 0; i < b; i++) {
      TokenFeatures w = windows.get(i);
      int n = w.size();
      for (int j = 0; j < t; j++) {
        int cell = i * t + j;
        reversal[cell] = j < n ? n - 1 - j : j;
        if (j >= n) {
          continue;
        }
        words[cell] = w.words()[j];
        shapes[cell] = w.shapes()[j];
        int[] c = w.chars()[j];
        if (c.length != maxChars) {
          throw new IllegalArgumentException(
              "token with " + c.length + " character slots, expected " + maxChars);
        }
        for (int k = 0; k < maxChars; k++) {
          chars[cell * maxChars + k] = c[k];
        }
        boolean[] f = w.gazetteer()[j];
        if (f.length != g) {
          throw new IllegalArgumentException(f.length + " gazetteer flags, expected " + g);
        }
        for (int k = 0; k < g; k++) {
          flags[cell * g + k] = f[k] ? 1f : 0f;
        }
      }
    }
    return new NDList(
        manager.create(words, new Shape(b, t)),
        manager.create(chars, new Shape(b, t, maxChars)),
        manager.create(shapes, new Shape(b, t)),
        manager.create(flags, new Shape(b, t, g)),
        manager.create(reversal, new Shape(b, t)));
  }

  /**
   * Gold tag indexes {@code [B, T]} (padding as tag 0) and the mask {@code [B, T]} of real tokens.
   */
  public static NDList labels(NDManager manager, List<int[]> tags, int length) {
    return labels(manager, tags, null, length);
  }

  /**
   * Gold tag indexes {@code [B, T]} (padding as tag 0) and each token's weight in the loss {@code
   * [B, T]}: 0 for padding, the row's weight for a real token ({@code weights} may be null, or hold
   * null rows, for weight 1).
   */
  public static NDList labels(
      NDManager manager, List<int[]> tags, List<float[]> weights, int length) {
    int b = tags.size();
    long[] gold = new long[b * length];
    float[] mask = new float[b * length];
    for (int i = 0; i < b; i++) {
      int[] row = tags.get(i);
      float[] w = weights == null ? null : weights.get(i);
      if (w != null && w.length != row.length) {
        throw new IllegalArgumentException(w.length + " weights for " + row.length + " tags");
      }
      for (int j = 0; j < row.length; j++) {
        gold[i * length + j] = row[j];
        mask[i * length + j] = w == null ? 1f : w[j];
      }
    }
    return new NDList(
        manager.create(gold, new Shape(b, length)), manager.create(mask, new Shape(b, length)));
  }
}
