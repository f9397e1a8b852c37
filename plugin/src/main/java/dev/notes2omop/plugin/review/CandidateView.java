package dev.notes2omop.plugin.review;

/**
 * A concept the index or the search proposes for a term.
 *
 * @param concept the concept
 * @param score the index's score, 0 to 1 (1 for a search by id or name)
 * @param matched what matched: the name, synonym or lexicon term the index found
 */
public record CandidateView(ConceptView concept, double score, String matched) {}
