package dev.notes2omop.tagger.model;

import java.util.Arrays;

/**
 * The features of a run of tokens, as the encoder embeds them; row {@code i} is token {@code i}.
 *
 * @param words word ids ({@link FeatureSpace#wordKey} in the word vocabulary)
 * @param chars character ids, {@link FeatureSpace#maxChars()} per token, padded with {@link
 *     Vocabulary#PAD_ID}
 * @param shapes word shape ids ({@link FeatureSpace#shape})
 * @param gazetteer gazetteer flags ({@link Gazetteer#flags})
 */
public record TokenFeatures(int[] words, int[][] chars, int[] shapes, boolean[][] gazetteer) {

  public TokenFeatures {
    int n = words.length;
    if (chars.length != n || shapes.length != n || gazetteer.length != n) {
      throw new IllegalArgumentException(
          "feature arrays differ in length: "
              + n
              + " words, "
              + chars.length
              + " chars, "
              + shapes.length
              + " shapes, "
              + gazetteer.length
              + " gazetteer rows");
    }
  }

  /** The number of tokens. */
  public int size() {
    return words.length;
  }

  /** The features of the tokens of {@code window}, taken from the features of its whole note. */
  public TokenFeatures slice(Window window) {
    if (window.to() > size()) {
      throw new IllegalArgumentException(window + " is outside features of " + size() + " tokens");
    }
    int from = window.from();
    int to = window.to();
    return new TokenFeatures(
        Arrays.copyOfRange(words, from, to),
        Arrays.copyOfRange(chars, from, to),
        Arrays.copyOfRange(shapes, from, to),
        Arrays.copyOfRange(gazetteer, from, to));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TokenFeatures other
        && Arrays.equals(words, other.words)
        && Arrays.deepEquals(chars, other.chars)
        && Arrays.equals(shapes, other.shapes)
        && Arrays.deepEquals(gazetteer, other.gazetteer);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(words);
  }

  @Override
  public String toString() {
    return "TokenFeatures[" + size() + " tokens]";
  }
}
