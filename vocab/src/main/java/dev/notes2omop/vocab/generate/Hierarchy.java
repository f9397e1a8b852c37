package dev.notes2omop.vocab.generate;

/**
 * The {@code Is a} hierarchy inside a segment of standard or classification concepts, computed, not
 * stored: local concept {@code x} has level {@code floor(log_B(x(B-1)+1))}, the primary parent
 * {@code (x-1)/B} and, for about three quarters of the concepts, a second parent next to the first
 * on the same level (a poly-hierarchy, as SNOMED has). The ancestors of a concept at distance
 * {@code k} then form one contiguous range of the level {@code k} above, so they can be listed one
 * concept at a time with constant memory.
 */
final class Hierarchy {

  static final int BRANCHING = 3;

  private final long seed;
  private final int size;

  Hierarchy(long seed, int size) {
    this.seed = seed;
    this.size = size;
  }

  static int parent(int x) {
    return (x - 1) / BRANCHING;
  }

  /** The second parent of {@code x} (local index), or -1. */
  int secondParent(int x, int segmentStart) {
    if (x == 0) {
      return -1;
    }
    int p = parent(x);
    int q = p + 1;
    if (q >= size || level(q) != level(p) || (Mix.hash(seed, segmentStart + x, 7) & 3L) == 0) {
      return -1;
    }
    return q;
  }

  static int level(int x) {
    int level = 0;
    long levelEnd = 1; // first index of the next level
    long width = 1;
    while (x >= levelEnd) {
      width *= BRANCHING;
      levelEnd += width;
      level++;
    }
    return level;
  }

  /** Receives ancestor ranges: every local index in {@code [from, to]} at distance {@code k}. */
  interface Ranges {
    void range(int from, int to, int distance);
  }

  /** Lists the ancestors of {@code x} (not {@code x} itself) as one range per distance. */
  void ancestors(int x, int segmentStart, Ranges out) {
    int lo = x;
    int hi = x;
    int distance = 0;
    while (hi > 0) {
      int nextLo = lo == 0 ? 0 : parent(lo);
      int nextHi = parent(hi);
      // the second parent of a child of nextHi may lie one further
      int firstChild = nextHi * BRANCHING + 1;
      for (int y = Math.max(lo, firstChild); y <= hi; y++) {
        if (secondParent(y, segmentStart) == nextHi + 1) {
          nextHi++;
          break;
        }
      }
      lo = nextLo;
      hi = nextHi;
      distance++;
      out.range(lo, hi, distance);
    }
  }
}
