package dev.notes2omop.vocab.generate;

/** Stateless deterministic hashing: any attribute of any concept can be computed on its own. */
final class Mix {

  private Mix() {}

  /** SplitMix64's finaliser. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** A hash of the seed, a concept's index and a purpose. */
  static long hash(long seed, long index, int salt) {
    return mix(mix(seed * 0x9e3779b97f4a7c15L + salt) + index);
  }

  /** A number in {@code [0, bound)}. */
  static int below(long hash, int bound) {
    return (int) Math.floorMod(hash, (long) bound);
  }

  /** A number in {@code [0, 1)}. */
  static double unit(long hash) {
    return (hash >>> 11) * 0x1.0p-53;
  }
}
