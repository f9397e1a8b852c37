package dev.notes2omop.trainer.synth.split;

import java.nio.charset.StandardCharsets;

/** A seeded 64-bit hash of a string, stable across JVMs (unlike {@code String.hashCode} mixing). */
final class Hashing {

  private Hashing() {}

  static long of(long seed, String value) {
    long h = mix(seed ^ 0x2545F4914F6CDD1DL);
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      h = mix(h ^ (b & 0xff));
    }
    return h;
  }

  /** SplitMix64's finaliser. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
