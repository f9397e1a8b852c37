package dev.notes2omop.vocab.index;

import dev.notes2omop.core.mapping.MatchType;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.ScoreDoc;

/**
 * Reads the {@link IndexHit}s of search results from doc values: documents are visited in id order
 * within each segment (doc-value iterators only go forward) and returned in the results' order.
 */
final class HitReader {

  private HitReader() {}

  static List<IndexHit> read(IndexReader reader, ScoreDoc[] results) throws IOException {
    Integer[] byDoc = new Integer[results.length];
    for (int i = 0; i < results.length; i++) {
      byDoc[i] = i;
    }
    Arrays.sort(byDoc, (a, b) -> Integer.compare(results[a].doc, results[b].doc));
    IndexHit[] hits = new IndexHit[results.length];
    List<LeafReaderContext> leaves = reader.leaves();
    Segment segment = null;
    for (int i : byDoc) {
      int doc = results[i].doc;
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
      if (segment == null || segment.leaf != leaf) {
        segment = new Segment(leaf);
      }
      hits[i] = segment.hit(doc);
    }
    return List.of(hits);
  }

  /** The doc-value iterators of one segment. */
  private static final class Segment {
    private final LeafReaderContext leaf;
    private final BinaryDocValues key;
    private final BinaryDocValues folded;
    private final SortedDocValues type;
    private final NumericDocValues conceptId;
    private final NumericDocValues sourceId;
    private final SortedDocValues domain;
    private final SortedDocValues conceptClass;

    Segment(LeafReaderContext leaf) throws IOException {
      this.leaf = leaf;
      LeafReader r = leaf.reader();
      key = DocValues.getBinary(r, IndexFields.KEY);
      folded = DocValues.getBinary(r, IndexFields.FOLDED);
      type = DocValues.getSorted(r, IndexFields.TYPE);
      conceptId = DocValues.getNumeric(r, IndexFields.CONCEPT_ID);
      sourceId = DocValues.getNumeric(r, IndexFields.SOURCE_ID);
      domain = DocValues.getSorted(r, IndexFields.DOMAIN);
      conceptClass = DocValues.getSorted(r, IndexFields.CONCEPT_CLASS);
    }

    IndexHit hit(int globalDoc) throws IOException {
      int doc = globalDoc - leaf.docBase;
      String foldedText = binary(folded, doc);
      return new IndexHit(
          globalDoc,
          binary(key, doc),
          foldedText.isEmpty() ? List.of() : List.of(foldedText.split(" ")),
          MatchType.valueOf(sorted(type, doc)),
          (int) numeric(conceptId, doc),
          (int) numeric(sourceId, doc),
          sorted(domain, doc),
          sorted(conceptClass, doc));
    }

    private static String binary(BinaryDocValues values, int doc) throws IOException {
      if (!values.advanceExact(doc)) {
        throw new IOException("document " + doc + " has no doc value; rebuild the index");
      }
      return values.binaryValue().utf8ToString();
    }

    private static String sorted(SortedDocValues values, int doc) throws IOException {
      if (!values.advanceExact(doc)) {
        throw new IOException("document " + doc + " has no doc value; rebuild the index");
      }
      return values.lookupOrd(values.ordValue()).utf8ToString();
    }

    private static long numeric(NumericDocValues values, int doc) throws IOException {
      if (!values.advanceExact(doc)) {
        throw new IOException("document " + doc + " has no doc value; rebuild the index");
      }
      return values.longValue();
    }
  }
}
