package dev.notes2omop.plugin.review;

import java.time.Instant;

/**
 * One decision about a term, as its history shows it.
 *
 * @param decidedBy the login
 * @param decidedAt when
 * @param state what was decided
 * @param concept the concept decided
 * @param previousState the state before, or {@code UNDECIDED}
 * @param previous the concept before
 * @param equivalence how the concept relates to the term
 * @param comment the steward's comment, or null
 * @param rowsChanged rows the decision changed (NOTE_NLP and derived)
 */
public record HistoryEntry(
    String decidedBy,
    Instant decidedAt,
    String state,
    ConceptView concept,
    String previousState,
    ConceptView previous,
    String equivalence,
    String comment,
    int rowsChanged) {}
