package dev.notes2omop.vocab.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * The live documents of each set of searched domains ({@link DomainRouting#searched}) as one bit
 * set per segment, built from the {@link IndexFields#DOMAIN} postings the first time the set is
 * searched, then kept for the life of the reader: one bit per document and set (about 1 MB per set
 * at 8.6 million texts; at most six sets).
 *
 * <p>It lets the fuzzy search run as a pure disjunction, which Lucene scores with its MaxScore bulk
 * scorer, with the domains passed as the accepted documents: the same documents and scores as a
 * {@code FILTER} clause, which would make Lucene fall back to a WAND scorer conjoined with the
 * filter (the cost of the search on a full vocabulary). Thread-safe.
 */
final class DomainFilter {

  private final DirectoryReader reader;
  private final Map<Set<String>, FixedBitSet[]> bySet = new ConcurrentHashMap<>();

  DomainFilter(DirectoryReader reader) {
    this.reader = reader;
  }

  /**
   * The documents of {@code leaf} that are live and of one of {@code domains}; the live documents
   * ({@code null}: all) when {@code domains} is null.
   */
  Bits accepted(LeafReaderContext leaf, Collection<String> domains) {
    if (domains == null) {
      return leaf.reader().getLiveDocs();
    }
    return bySet.computeIfAbsent(Set.copyOf(domains), this::build)[leaf.ord];
  }

  private FixedBitSet[] build(Set<String> domains) {
    List<LeafReaderContext> leaves = reader.leaves();
    FixedBitSet[] sets = new FixedBitSet[leaves.size()];
    try {
      for (LeafReaderContext leaf : leaves) {
        FixedBitSet set = new FixedBitSet(leaf.reader().maxDoc());
        Terms terms = leaf.reader().terms(IndexFields.DOMAIN);
        if (terms != null) {
          TermsEnum te = terms.iterator();
          for (String domain : domains) {
            if (te.seekExact(new BytesRef(domain))) {
              set.or(te.postings(null, PostingsEnum.NONE));
            }
          }
        }
        Bits live = leaf.reader().getLiveDocs();
        if (live != null) {
          for (int doc = 0; doc < set.length(); doc++) {
            if (!live.get(doc)) {
              set.clear(doc);
            }
          }
        }
        sets[leaf.ord] = set;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the concept index's domains", e);
    }
    return sets;
  }
}
