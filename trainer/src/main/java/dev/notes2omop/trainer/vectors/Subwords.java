package dev.notes2omop.trainer.vectors;

import java.util.ArrayList;
import java.util.List;

/**
 * A word's character n-grams and the buckets they hash into. The word is framed by {@code <} and
 * {@code >} ("<fiebre>"), and every run of {@code minN} to {@code maxN} code points of the framed
 * word is an n-gram ("<fi", "fie", ..., "bre>", "re>"). An n-gram's bucket is its 32-bit FNV-1a
 * hash over its UTF-16 chars, unsigned, modulo the number of buckets.
 */
final class Subwords {

  private static final int FNV_OFFSET = 0x811C9DC5;
  private static final int FNV_PRIME = 0x01000193;

  private final int minN;
  private final int maxN;
  private final int buckets;

  Subwords(int minN, int maxN, int buckets) {
    this.minN = minN;
    this.maxN = maxN;
    this.buckets = buckets;
  }

  /** Whether words have n-grams at all. */
  boolean enabled() {
    return buckets > 0 && maxN >= minN;
  }

  /** The n-grams of {@code word}, shortest first, in text order; repeats kept. */
  List<String> ngrams(String word) {
    List<String> out = new ArrayList<>();
    if (!enabled()) {
      return out;
    }
    String framed = "<" + word + ">";
    int[] offsets = codePointOffsets(framed);
    int points = offsets.length - 1;
    for (int n = minN; n <= maxN; n++) {
      for (int start = 0; start + n <= points; start++) {
        out.add(framed.substring(offsets[start], offsets[start + n]));
      }
    }
    return out;
  }

  /** The buckets of the n-grams of {@code word}, in the order of {@link #ngrams}. */
  int[] buckets(String word) {
    List<String> grams = ngrams(word);
    int[] out = new int[grams.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = bucket(grams.get(i));
    }
    return out;
  }

  /** The bucket of one n-gram. */
  int bucket(String ngram) {
    int hash = FNV_OFFSET;
    for (int i = 0; i < ngram.length(); i++) {
      hash ^= ngram.charAt(i);
      hash *= FNV_PRIME;
    }
    return (int) (Integer.toUnsignedLong(hash) % buckets);
  }

  private static int[] codePointOffsets(String s) {
    int[] offsets = new int[s.codePointCount(0, s.length()) + 1];
    int k = 0;
    for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
      offsets[k++] = i;
    }
    offsets[k] = s.length();
    return offsets;
  }
}
