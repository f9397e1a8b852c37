package dev.notes2omop.vocab.index;

import dev.notes2omop.core.nlp.TextFolding;
import dev.notes2omop.vocab.lexicon.Lexicon;
import dev.notes2omop.vocab.lexicon.LexiconEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Abbreviations the lexicon defines, with their expansions: an entry is an abbreviation when its
 * term is one word of at most {@value #MAX_LENGTH} characters with no lower-case letter ("HTA",
 * "DM2", "IAM") or its note starts with "abreviatura"/"abbreviation"; its expansions are the
 * lexicon's other, non-abbreviated terms for the same concept code ("hipertensión arterial"),
 * shortest first. Read-only once built; small (proportional to the lexicon).
 */
final class Abbreviations {

  static final int MAX_LENGTH = 8;

  private final Map<String, List<String>> expansions;

  private Abbreviations(Map<String, List<String>> expansions) {
    this.expansions = expansions;
  }

  static Abbreviations of(Lexicon lexicon) {
    Map<String, List<String>> fullTerms = new LinkedHashMap<>();
    Map<String, Set<String>> abbreviated = new LinkedHashMap<>();
    for (LexiconEntry entry : lexicon.entries()) {
      if (entry.isUnit()) {
        continue;
      }
      String key = TextFolding.key(entry.term());
      if (isAbbreviation(entry) && key.indexOf(' ') < 0) {
        abbreviated.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(entry.conceptReference());
      } else if (!isAbbreviation(entry)) {
        fullTerms.computeIfAbsent(entry.conceptReference(), k -> new ArrayList<>()).add(key);
      }
    }
    Map<String, List<String>> expansions = new LinkedHashMap<>();
    abbreviated.forEach(
        (key, references) -> {
          Set<String> all = new LinkedHashSet<>();
          for (String reference : references) {
            fullTerms.getOrDefault(reference, List.of()).stream()
                .sorted((a, b) -> Integer.compare(a.length(), b.length()))
                .forEach(all::add);
          }
          if (!all.isEmpty()) {
            expansions.put(key, List.copyOf(all));
          }
        });
    return new Abbreviations(Map.copyOf(expansions));
  }

  static boolean isAbbreviation(LexiconEntry entry) {
    String note = entry.note() == null ? "" : entry.note().toLowerCase(Locale.ROOT);
    if (note.startsWith("abreviatura") || note.startsWith("abbreviation")) {
      return true;
    }
    String term = entry.term().strip();
    if (term.length() > MAX_LENGTH || term.indexOf(' ') >= 0) {
      return false;
    }
    boolean letter = false;
    for (int i = 0; i < term.length(); i++) {
      char c = term.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter && term.length() >= 2;
  }

  /** The expansions of a folded token, shortest first; empty when it is no abbreviation. */
  List<String> expansions(String foldedToken) {
    return expansions.getOrDefault(foldedToken, List.of());
  }

  /**
   * {@code text} with one abbreviated word replaced by an expansion, for each abbreviated word and
   * each of its expansions, at most {@code limit} variants in all. Words are split on the
   * separators of {@link TextFolding#key}.
   */
  List<String> variants(String text, int limit) {
    List<String> variants = new ArrayList<>();
    String[] words = TextFolding.key(text).split(" ");
    for (int i = 0; i < words.length && variants.size() < limit; i++) {
      for (String expansion : expansions(words[i])) {
        if (variants.size() >= limit) {
          break;
        }
        String[] copy = words.clone();
        copy[i] = expansion;
        variants.add(String.join(" ", copy));
      }
    }
    return variants;
  }

  int size() {
    return expansions.size();
  }
}
