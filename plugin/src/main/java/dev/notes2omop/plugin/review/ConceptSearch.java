package dev.notes2omop.plugin.review;

import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.vocab.index.Candidate;
import dev.notes2omop.vocab.index.IndexConceptMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Candidates for a term and the concept search box: the concept index when there is one (what
 * matched, with its score), concept ids and names from the vocabulary tables otherwise and in
 * addition.
 */
final class ConceptSearch {

  /** Longest query searched. */
  static final int MAX_QUERY = 200;

  private final IndexConceptMapper index;
  private final TermQueries queries;

  ConceptSearch(IndexConceptMapper index, TermQueries queries) {
    this.index = index;
    this.queries = queries;
  }

  /** The index's best candidates for a term of this label. */
  List<CandidateView> candidates(String term, String label, int limit) {
    if (index == null) {
      return search(term, limit);
    }
    String domain = EntityLabel.parse(label).domainId();
    return index.candidates(term, domain, limit).stream().map(ConceptSearch::view).toList();
  }

  /** Concepts for what a steward typed: an id, a name, or any text the index can match. */
  List<CandidateView> search(String query, int limit) {
    String q = query.strip();
    if (q.isEmpty()) {
      return List.of();
    }
    q = q.substring(0, Math.min(q.length(), MAX_QUERY));
    Map<Integer, CandidateView> found = new LinkedHashMap<>();
    for (ConceptView concept : queries.searchByName(q, limit)) {
      found.put(concept.id(), new CandidateView(concept, 1.0, concept.name()));
    }
    if (index != null && !q.chars().allMatch(Character::isDigit)) {
      for (Candidate candidate : index.candidates(q, null, limit)) {
        found.putIfAbsent(candidate.conceptId(), view(candidate));
      }
    }
    List<CandidateView> out = new ArrayList<>(found.values());
    return out.subList(0, Math.min(out.size(), limit));
  }

  private static CandidateView view(Candidate c) {
    return new CandidateView(
        new ConceptView(
            c.conceptId(), c.conceptName(), c.domainId(), c.vocabularyId(), c.conceptCode()),
        c.score(),
        c.matchedText());
  }
}
