package dev.notes2omop.vocab.lexicon;

import java.util.List;

/**
 * What is wrong within a lexicon, before any vocabulary is consulted.
 *
 * @param duplicates entries that repeat an earlier entry (same folded term, language and concept),
 *     each as {@code FILE:LINE: message}
 * @param conflicts entries whose folded term and language name another concept than an earlier
 *     entry, each as {@code FILE:LINE: message}
 */
public record LexiconValidation(List<String> duplicates, List<String> conflicts) {

  public LexiconValidation {
    duplicates = List.copyOf(duplicates);
    conflicts = List.copyOf(conflicts);
  }

  /** No duplicates and no conflicts. */
  public boolean isClean() {
    return duplicates.isEmpty() && conflicts.isEmpty();
  }
}
