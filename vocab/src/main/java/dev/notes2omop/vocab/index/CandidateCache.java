package dev.notes2omop.vocab.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded, thread-safe LRU cache of context-free rankings: (key and folded words of a text, the
 * domain searched) to its {@link Ranking}. Notes repeat the same terms, so most mentions are
 * answered from it. It belongs to one {@link CandidateRanker}, hence to one opened {@link
 * ConceptIndex}: an index opened again (rebuilt or updated) starts with an empty cache.
 */
final class CandidateCache {

  /**
   * What a ranking depends on: the text's {@link dev.notes2omop.core.nlp.TextFolding#key} (its
   * abbreviation variants come from it) and folded words (its stems and grams), and the domain.
   */
  record Key(String key, List<String> folded, String domain) {}

  private final int capacity;
  private final Map<Key, Ranking> entries;
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong misses = new AtomicLong();

  /**
   * @param capacity the most rankings kept; 0 keeps none
   */
  CandidateCache(int capacity) {
    this.capacity = capacity;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<Key, Ranking> eldest) {
            return size() > CandidateCache.this.capacity;
          }
        };
  }

  /** The ranking kept for {@code key}, or {@code null}. */
  Ranking get(Key key) {
    if (capacity == 0) {
      return null;
    }
    Ranking ranking;
    synchronized (entries) {
      ranking = entries.get(key);
    }
    (ranking == null ? misses : hits).incrementAndGet();
    return ranking;
  }

  void put(Key key, Ranking ranking) {
    if (capacity == 0) {
      return;
    }
    synchronized (entries) {
      entries.put(key, ranking);
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
