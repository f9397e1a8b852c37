package dev.notes2omop.vocab.index;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the documents of the extra terms ({@link IndexTerm}, e.g. steward overrides): each term's
 * concept is resolved to its standard target in one query, and each document is marked {@link
 * IndexFields#EXTRA} so that the extra terms can later be replaced in place. Used by a full build
 * and by {@link ExtraTermsUpdate}.
 */
final class ExtraTermsWriter {

  private static final Logger log = LoggerFactory.getLogger(ExtraTermsWriter.class);

  /**
   * What was written.
   *
   * @param documents documents added
   * @param unresolved terms whose concept is not indexed
   */
  record Result(long documents, int unresolved) {}

  private final ClinicalAnalysis analysis;

  ExtraTermsWriter(ClinicalAnalysis analysis) {
    this.analysis = analysis;
  }

  Result write(IndexQueries queries, List<IndexTerm> terms, IndexWriter writer)
      throws SQLException {
    Map<Integer, List<IndexTerm>> byId = new LinkedHashMap<>();
    for (IndexTerm term : terms) {
      byId.computeIfAbsent(term.conceptId(), k -> new ArrayList<>()).add(term);
    }
    if (byId.isEmpty()) {
      return new Result(0, 0);
    }
    Set<Integer> resolved = new LinkedHashSet<>();
    long[] documents = {0};
    queries.byId(
        byId.keySet(),
        (idText, sourceId, target) -> {
          resolved.add(sourceId);
          int source = sourceId == target.conceptId() ? 0 : sourceId;
          for (IndexTerm term : byId.get(sourceId)) {
            try {
              writer.addDocument(
                  IndexFields.document(
                      term.text(),
                      analysis.foldedTokens(term.text()),
                      term.origin(),
                      target,
                      source,
                      true));
            } catch (IOException e) {
              throw new SQLException("cannot write the index: " + e.getMessage(), e);
            }
            documents[0]++;
          }
        });
    int unresolved = 0;
    for (Map.Entry<Integer, List<IndexTerm>> e : byId.entrySet()) {
      if (!resolved.contains(e.getKey())) {
        unresolved += e.getValue().size();
        log.warn(
            "{} extra term(s) name concept {}, which is neither a standard concept of the indexed"
                + " domains nor maps to one: not indexed",
            e.getValue().size(),
            e.getKey());
      }
    }
    return new Result(documents[0], unresolved);
  }
}
