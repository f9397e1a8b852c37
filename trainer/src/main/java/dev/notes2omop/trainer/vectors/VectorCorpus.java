package dev.notes2omop.trainer.vectors;

import dev.notes2omop.tagger.model.FeatureSpace;
import dev.notes2omop.tagger.text.Tokens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The texts as the trainer reads them: every token of {@link Tokens} (words and punctuation) under
 * its model word key ({@link FeatureSpace#wordKey}), the words seen at least {@code minCount} times
 * (most frequent first, ties in {@link String#compareTo} order), and each text as the ids of its
 * kept words. Rarer tokens are dropped from the texts, as if they were not there.
 */
final class VectorCorpus {

  private final String[] words;
  private final long[] counts;
  private final int[][] texts;
  private final long tokens;

  private VectorCorpus(String[] words, long[] counts, int[][] texts, long tokens) {
    this.words = words;
    this.counts = counts;
    this.texts = texts;
    this.tokens = tokens;
  }

  /** Reads {@code texts} twice: once to count the words, once to encode the texts. */
  static VectorCorpus read(Iterable<String> texts, int minCount) {
    Map<String, long[]> counted = new HashMap<>();
    for (String text : texts) {
      Tokens tokens = Tokens.of(text);
      for (int i = 0; i < tokens.size(); i++) {
        counted.computeIfAbsent(FeatureSpace.wordKey(tokens.original(i)), k -> new long[1])[0]++;
      }
    }
    List<Map.Entry<String, long[]>> kept = new ArrayList<>();
    for (Map.Entry<String, long[]> e : counted.entrySet()) {
      if (e.getValue()[0] >= minCount) {
        kept.add(e);
      }
    }
    kept.sort(
        Comparator.comparing((Map.Entry<String, long[]> e) -> e.getValue()[0])
            .reversed()
            .thenComparing(Map.Entry::getKey));
    String[] words = new String[kept.size()];
    long[] counts = new long[kept.size()];
    Map<String, Integer> ids = new HashMap<>(kept.size() * 2);
    for (int i = 0; i < words.length; i++) {
      words[i] = kept.get(i).getKey();
      counts[i] = kept.get(i).getValue()[0];
      ids.put(words[i], i);
    }
    List<int[]> encoded = new ArrayList<>();
    long total = 0;
    long seen = 0;
    for (String text : texts) {
      seen++;
      Tokens tokens = Tokens.of(text);
      int[] row = new int[tokens.size()];
      int n = 0;
      for (int i = 0; i < tokens.size(); i++) {
        Integer id = ids.get(FeatureSpace.wordKey(tokens.original(i)));
        if (id != null) {
          row[n++] = id;
        }
      }
      if (n > 1) {
        encoded.add(Arrays.copyOf(row, n));
        total += n;
      }
    }
    if (seen == 0 && words.length > 0) {
      throw new IllegalArgumentException(
          "the texts were empty when read a second time: give an Iterable that can be read twice,"
              + " such as a List");
    }
    return new VectorCorpus(words, counts, encoded.toArray(new int[0][]), total);
  }

  /** The kept words, most frequent first. */
  String[] words() {
    return words;
  }

  /** How often each kept word was seen, by id. */
  long[] counts() {
    return counts;
  }

  /** Each text (of at least two kept words) as word ids. */
  int[][] texts() {
    return texts;
  }

  /** The kept words in all texts. */
  long tokens() {
    return tokens;
  }
}
