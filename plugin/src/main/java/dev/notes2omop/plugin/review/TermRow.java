package dev.notes2omop.plugin.review;

import dev.notes2omop.omop.review.TermKey;

/**
 * One term of the list, or the head of a term's page.
 *
 * @param key folded text and label
 * @param term one spelling of it in the notes
 * @param mentions NOTE_NLP rows
 * @param notes notes it occurs in
 * @param concept its current concept (id 0 when none)
 * @param matchType how the concept was chosen ({@code EXACT}, {@code LEXICON}, {@code FUZZY},
 *     {@code OVERRIDE}, ...)
 * @param score the mapper's score, 0 to 1
 * @param state the review state ({@code UNDECIDED}, {@code APPROVED}, ...)
 * @param version the review state's version (0 before the first decision)
 */
public record TermRow(
    TermKey key,
    String term,
    int mentions,
    int notes,
    ConceptView concept,
    String matchType,
    double score,
    String state,
    int version) {

  /** How the concept was chosen, for people. */
  public String chosenBy() {
    return switch (matchType) {
      case "OVERRIDE" -> "steward";
      case "LEXICON" -> "lexicon";
      case "NONE" -> "no match";
      default -> "index " + String.format(java.util.Locale.ROOT, "%.2f", score);
    };
  }

  /** The state for people. */
  public String stateText() {
    return state.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
