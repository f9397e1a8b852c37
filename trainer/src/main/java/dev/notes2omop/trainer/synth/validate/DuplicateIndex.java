package dev.notes2omop.trainer.synth.validate;

import dev.notes2omop.trainer.data.TextSkeleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The texts seen so far, to find duplicates and near-duplicates of a new one.
 *
 * <ul>
 *   <li>A <em>duplicate</em> has the same text once whitespace is collapsed and case ignored.
 *   <li>A <em>near-duplicate</em> has the same <em>skeleton</em> (folded: lower case, no accents;
 *       digits removed; every run of other non-letters one space), or a skeleton whose 5-character
 *       shingles have a Jaccard similarity of at least the threshold with an earlier one. The
 *       similarity is estimated from {@value #HASHES} MinHash values and candidates are found by
 *       locality-sensitive hashing ({@value #BANDS} bands of {@value #ROWS} values): a pair at 0.9
 *       is found 99% of the time, a pair at 0.7 compared 38% of the time, so a batch of 25,000
 *       records takes well under a second. A bucket holds at most {@value #BUCKET_LIMIT} texts,
 *       which bounds the work on crowds of similar texts at the price of missing a few
 *       near-duplicates inside them.
 * </ul>
 *
 * <p>Not thread-safe.
 */
final class DuplicateIndex {

  static final int SHINGLE = 5;
  static final int BANDS = 8;
  static final int ROWS = 8;
  static final int HASHES = BANDS * ROWS;
  static final int BUCKET_LIMIT = 64;

  private static final long[] SALTS = salts();

  private final double jaccard;
  private final Set<String> exact = new HashSet<>();
  private final Set<String> skeletons = new HashSet<>();
  private final List<long[]> signatures = new ArrayList<>();
  private final Map<Long, int[]> buckets = new HashMap<>();

  DuplicateIndex(double jaccard) {
    this.jaccard = jaccard;
  }

  /** A text as compared for exact duplicates: whitespace collapsed, lower case. */
  static String normalised(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /**
   * Why {@code text} repeats a text of the index ({@link Reasons#DUPLICATE} or {@link
   * Reasons#NEAR_DUPLICATE}), or {@code null} when it does not; in that case it is added.
   */
  String checkAndAdd(String text) {
    String normalised = normalised(text);
    if (exact.contains(normalised)) {
      return Reasons.DUPLICATE;
    }
    String skeleton = TextSkeleton.of(text);
    if (skeletons.contains(skeleton)) {
      return Reasons.NEAR_DUPLICATE;
    }
    long[] signature = jaccard <= 1 ? signature(skeleton) : null;
    if (signature != null && hasSimilar(signature)) {
      return Reasons.NEAR_DUPLICATE;
    }
    exact.add(normalised);
    skeletons.add(skeleton);
    if (signature != null) {
      add(signature);
    }
    return null;
  }

  private boolean hasSimilar(long[] signature) {
    Set<Integer> compared = new HashSet<>();
    for (int band = 0; band < BANDS; band++) {
      int[] members = buckets.get(bandKey(signature, band));
      if (members == null) {
        continue;
      }
      for (int m = 1; m <= members[0]; m++) {
        int other = members[m];
        if (compared.add(other) && similarity(signature, signatures.get(other)) >= jaccard) {
          return true;
        }
      }
    }
    return false;
  }

  private void add(long[] signature) {
    int index = signatures.size();
    signatures.add(signature);
    for (int band = 0; band < BANDS; band++) {
      int[] members = buckets.computeIfAbsent(bandKey(signature, band), k -> new int[5]);
      int size = members[0];
      if (size >= BUCKET_LIMIT) {
        continue;
      }
      if (size + 1 == members.length) {
        members = Arrays.copyOf(members, Math.min(BUCKET_LIMIT + 1, members.length * 2));
        buckets.put(bandKey(signature, band), members);
      }
      members[size + 1] = index;
      members[0] = size + 1;
    }
  }

  /** MinHash values of the skeleton's shingles; {@code null} when it is shorter than a shingle. */
  static long[] signature(String skeleton) {
    if (skeleton.length() < SHINGLE) {
      return null;
    }
    long[] mins = new long[HASHES];
    Arrays.fill(mins, Long.MAX_VALUE);
    for (int i = 0; i + SHINGLE <= skeleton.length(); i++) {
      long shingle = 0;
      for (int j = i; j < i + SHINGLE; j++) {
        shingle = shingle * 65_599 + skeleton.charAt(j);
      }
      for (int h = 0; h < HASHES; h++) {
        long value = mix(shingle ^ SALTS[h]);
        if (value < mins[h]) {
          mins[h] = value;
        }
      }
    }
    return mins;
  }

  /** The share of equal MinHash values: an estimate of the Jaccard similarity. */
  static double similarity(long[] a, long[] b) {
    int equal = 0;
    for (int i = 0; i < HASHES; i++) {
      if (a[i] == b[i]) {
        equal++;
      }
    }
    return (double) equal / HASHES;
  }

  private static long bandKey(long[] signature, int band) {
    long key = band;
    for (int r = band * ROWS; r < (band + 1) * ROWS; r++) {
      key = mix(key * 31 + signature[r]);
    }
    return key;
  }

  /** SplitMix64's finaliser. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static long[] salts() {
    long[] salts = new long[HASHES];
    long state = 0x5EED_0F_5A17L;
    for (int i = 0; i < HASHES; i++) {
      state += 0x9e3779b97f4a7c15L;
      salts[i] = mix(state);
    }
    return salts;
  }
}
