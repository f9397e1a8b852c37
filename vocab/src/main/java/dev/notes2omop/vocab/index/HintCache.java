package dev.notes2omop.vocab.index;

import dev.notes2omop.core.mapping.ConceptMatch;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A bounded, thread-safe LRU cache of what a tagger's concept hint maps to: (hint, folded text,
 * mention domain) to the match, or to none when the hint is not usable. A dictionary tagger hints
 * at almost every mention, and resolving a hint reads the index, so repeated terms are answered
 * from here. It belongs to one {@link IndexConceptMapper}, hence to one opened index.
 */
final class HintCache {

  record Key(int hint, String textKey, String domain) {}

  private final int capacity;
  private final Map<Key, Optional<ConceptMatch>> entries;

  /**
   * @param capacity the most answers kept; 0 keeps none
   */
  HintCache(int capacity) {
    this.capacity = capacity;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<Key, Optional<ConceptMatch>> eldest) {
            return size() > HintCache.this.capacity;
          }
        };
  }

  /** The answer kept for {@code key}, or {@code null} when there is none. */
  Optional<ConceptMatch> get(Key key) {
    if (capacity == 0) {
      return null;
    }
    synchronized (entries) {
      return entries.get(key);
    }
  }

  void put(Key key, Optional<ConceptMatch> answer) {
    if (capacity == 0) {
      return;
    }
    synchronized (entries) {
      entries.put(key, answer);
    }
  }
}
