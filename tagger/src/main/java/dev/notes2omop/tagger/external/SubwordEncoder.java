package dev.notes2omop.tagger.external;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import dev.notes2omop.tagger.model.Window;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Turns windows of our tokens into the sub-words of a Hugging Face tokenizer. Each window's tokens
 * are given to the tokenizer as pre-split words (their text as written; the tokenizer normalises
 * it), with its special tokens ({@code [CLS]}, {@code [SEP]}, ...), and the tokenizer's word ids
 * give each token its first sub-word. A window with more than {@code maxSubwords} sub-words is cut
 * in two halves, again until each fits; a single token that alone does not fit is left unscored.
 * Thread-safe when the tokenizer is (the native Hugging Face tokenizer is).
 */
public final class SubwordEncoder {

  private final HuggingFaceTokenizer tokenizer;
  private final int maxSubwords;

  /**
   * @param tokenizer loaded without truncation or padding
   * @param maxSubwords the most sub-words the module reads, special tokens included
   */
  public SubwordEncoder(HuggingFaceTokenizer tokenizer, int maxSubwords) {
    this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
    if (maxSubwords < 3) {
      throw new IllegalArgumentException("maxSubwords must be at least 3, got " + maxSubwords);
    }
    this.maxSubwords = maxSubwords;
  }

  public int maxSubwords() {
    return maxSubwords;
  }

  /**
   * The encoded windows, in order; together they cover the tokens of {@code windows} (a window cut
   * in halves gives several).
   */
  public List<EncodedWindow> encode(List<Window> windows) {
    List<EncodedWindow> out = new ArrayList<>(windows.size());
    for (Window window : windows) {
      encodeFitting(window, out);
    }
    return out;
  }

  private void encodeFitting(Window window, List<EncodedWindow> out) {
    String[] words = new String[window.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = window.original(i);
    }
    Encoding encoding = tokenizer.encode(words, true, false);
    long[] ids = encoding.getIds();
    if (ids.length <= maxSubwords) {
      out.add(toWindow(window, encoding));
    } else if (window.size() == 1) {
      int[] none = {-1};
      out.add(new EncodedWindow(window, new long[0], new long[0], new long[0], none));
    } else {
      int middle = window.from() + window.size() / 2;
      encodeFitting(new Window(window.tokens(), window.from(), middle), out);
      encodeFitting(new Window(window.tokens(), middle, window.to()), out);
    }
  }

  private static EncodedWindow toWindow(Window window, Encoding encoding) {
    long[] wordIds = encoding.getWordIds();
    int[] first = new int[window.size()];
    Arrays.fill(first, -1);
    for (int s = 0; s < wordIds.length; s++) {
      long word = wordIds[s];
      if (word >= 0 && word < first.length && first[(int) word] < 0) {
        first[(int) word] = s;
      }
    }
    return new EncodedWindow(
        window, encoding.getIds(), encoding.getAttentionMask(), encoding.getTypeIds(), first);
  }
}
