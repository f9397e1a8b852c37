package dev.notes2omop.vocab.index;

import dev.notes2omop.core.nlp.TextFolding;
import dev.notes2omop.vocab.lexicon.Lexicon;
import dev.notes2omop.vocab.lexicon.LexiconEntry;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The lexicon terms that name a broader concept than they say: entries whose note says
 * "generalised" ("otitis media aguda" for Otitis media, "neumonía bilateral" for Pneumonia), as the
 * bundled lexicon marks them where the vocabularies lack the specific concept. A mention matched
 * through one maps uphill, as a back-off does. Immutable.
 */
final class GeneralisedTerms {

  private final Set<String> keys;

  private GeneralisedTerms(Set<String> keys) {
    this.keys = Set.copyOf(keys);
  }

  static GeneralisedTerms of(Lexicon lexicon) {
    Set<String> keys = new HashSet<>();
    for (LexiconEntry entry : lexicon.entries()) {
      String note = entry.note();
      if (note != null && note.toLowerCase(Locale.ROOT).contains("generalised")) {
        keys.add(TextFolding.key(entry.term()));
      }
    }
    return new GeneralisedTerms(keys);
  }

  /** Whether {@code text} is, after folding, a generalised lexicon term. */
  boolean contains(String text) {
    return text != null && keys.contains(TextFolding.key(text));
  }
}
