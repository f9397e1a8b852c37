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
 * The retrieval queries:
 *
 * <ul>
 *   <li>{@link #exact}: the documents whose {@link IndexFields#KEY key} is one of the given keys
 *       (the text's and its abbreviation expansions'), the first tier;
 *   <li>{@link #of}: the text's exact key (boosted), its stems and its rarest character grams, all
 *       optional, searched in the domains by {@link ConceptIndex#searchDisjunction}. Lucene's BM25
 *       only chooses the top K; {@link TermSimilarity} scores them.
 * </ul>
 */
final class LuceneQueries {

  static final float KEY_BOOST = 10f;
  static final float STEM_BOOST = 2f;

  /** Caps that keep a long text under Lucene's 1,024-clause limit. */
  static final int MAX_STEMS = 32;

  /**
   * The most gram clauses of a query: the grams of the fewest documents are kept (a gram in no
   * document is dropped), so that the long posting lists of common grams ({@code _de}, {@code ion})
   * are not read on a large vocabulary.
   */
  static final int MAX_GRAMS = 24;

  /**
   * A gram in more than this many documents is left out once {@value #MIN_GRAMS} rarer grams are
   * kept: on a full vocabulary such a gram ({@code ion}, {@code al_}) is in hundreds of thousands
   * of texts, and its posting list was most of the search's cost for almost no weight. A count, not
   * a share, so that a small vocabulary (the samples, where no gram is this common) searches as
   * before.
   */
  static final int COMMON_GRAM_DOCUMENTS = 50_000;

  /** The grams always kept, however common. */
  static final int MIN_GRAMS = 8;

  private LuceneQueries() {}

  /**
   * The fuzzy query, {@code SHOULD} clauses only: the domain filter is applied by {@link
   * ConceptIndex#searchDisjunction}, which keeps Lucene's MaxScore scorer.
   *
   * @param rarestGrams the text's grams to search, as chosen by {@link ConceptIndex#rarest}
   */
  static Query of(TermSimilarity.Analysed text, List<String> rarestGrams) {
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
    rarestGrams.stream()
        .limit(MAX_GRAMS)
        .forEach(g -> should.add(new TermQuery(new Term(IndexFields.GRAMS, g)), Occur.SHOULD));
    return should.build();
  }

  /** The documents whose key is one of {@code keys}, in {@code domains} (or any when null). */
  static Query exact(Collection<String> keys, Collection<String> domains) {
    List<BytesRef> refs = keys.stream().map(BytesRef::new).toList();
    return filtered(new TermInSetQuery(IndexFields.KEY, refs), domains);
  }

  private static Query filtered(Query query, Collection<String> domains) {
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
