package dev.notes2omop.vocab.index;

import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The retrieval query of a text: its exact key (boosted), its stems and its character grams, all
 * optional, filtered by domain. Lucene's BM25 only chooses the top K; {@link TermSimilarity} scores
 * them.
 */
final class LuceneQueries {

  static final float KEY_BOOST = 10f;
  static final float STEM_BOOST = 2f;

  /** Caps that keep a long text under Lucene's 1,024-clause limit. */
  static final int MAX_STEMS = 32;

  static final int MAX_GRAMS = 256;

  private LuceneQueries() {}

  /**
   * @param domains the domains allowed, or {@code null} for all
   */
  static Query of(TermSimilarity.Analysed text, Collection<String> domains) {
    BooleanQuery.Builder should = new BooleanQuery.Builder();
    should.add(
        new BoostQuery(new TermQuery(new Term(IndexFields.KEY, text.key())), KEY_BOOST),
        Occur.SHOULD);
    text.stems().stream()
        .limit(MAX_STEMS)
        .forEach(
            s ->
                should.add(
                    new BoostQuery(new TermQuery(new Term(IndexFields.TEXT, s)), STEM_BOOST),
                    Occur.SHOULD));
    text.grams().stream()
        .limit(MAX_GRAMS)
        .forEach(g -> should.add(new TermQuery(new Term(IndexFields.GRAMS, g)), Occur.SHOULD));
    Query query = should.build();
    if (domains == null) {
      return query;
    }
    List<BytesRef> refs = domains.stream().map(BytesRef::new).toList();
    return new BooleanQuery.Builder()
        .add(query, Occur.MUST)
        .add(new TermInSetQuery(IndexFields.DOMAIN, refs), Occur.FILTER)
        .build();
  }
}
