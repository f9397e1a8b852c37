package dev.notes2omop.vocab.index;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded, thread-safe least-recently-used cache that counts its hits and misses. The mapper
 * keeps two, both belonging to one opened {@link ConceptIndex} (an index opened again starts with
 * empty ones): context-free rankings of texts ({@link CandidateRanker}), and what a tagger's
 * concept hint maps to ({@link IndexConceptMapper}). Notes repeat the same terms, so most mentions
 * are answered from them.
 *
 * @param <K> the key
 * @param <V> the cached answer
 */
final class LruCache<K, V> {

  private final int capacity;
  private final Map<K, V> entries;
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong misses = new AtomicLong();

  /**
   * @param capacity the most entries kept; 0 keeps none
   */
  LruCache(int capacity) {
    this.capacity = capacity;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > LruCache.this.capacity;
          }
        };
  }

  /** The entry kept for {@code key}, or {@code null}. */
  V get(K key) {
    if (capacity == 0) {
      return null;
    }
    V value;
    synchronized (entries) {
      value = entries.get(key);
    }
    (value == null ? misses : hits).incrementAndGet();
    return value;
  }

  void put(K key, V value) {
    if (capacity == 0) {
      return;
    }
    synchronized (entries) {
      entries.put(key, value);
    }
  }

  int size() {
    synchronized (entries) {
      return entries.size();
    }
  }

  long hits() {
    return hits.get();
  }

  long misses() {
    return misses.get();
  }
}
