package dev.notes2omop.vocab.index;

import dev.notes2omop.core.mapping.MatchType;
import dev.notes2omop.core.nlp.TextFolding;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/**
 * The fields of an index document: one document per (text, standard concept, source concept).
 * Concept details are stored fields, so that nothing about the vocabulary is held in the heap.
 */
final class IndexFields {

  /** The text as written, analysed with stemming; stored. */
  static final String TEXT = "text";

  /** Character grams of the text; not stored. */
  static final String GRAMS = "grams";

  /** {@link TextFolding#key} of the text, for exact hits; stored. */
  static final String KEY = "key";

  /**
   * The text's folded words (stop words removed), space-separated; a doc value only, so that a hit
   * is scored without analysing its text again.
   */
  static final String FOLDED = "folded";

  /**
   * Present ({@value #EXTRA_VALUE}) on the documents of extra terms, which are updated in place.
   */
  static final String EXTRA = "extra";

  static final String EXTRA_VALUE = "1";

  /** How the text names the concept: EXACT (name), SYNONYM, LEXICON, OVERRIDE; stored. */
  static final String TYPE = "type";

  /** The standard concept; point and stored. */
  static final String CONCEPT_ID = "concept_id";

  /** The non-standard concept whose text this is, or 0; point and stored. */
  static final String SOURCE_ID = "source_id";

  /** The standard concept's domain; indexed for the domain filter, stored. */
  static final String DOMAIN = "domain";

  static final String NAME = "name";
  static final String VOCABULARY = "vocabulary";
  static final String CONCEPT_CLASS = "concept_class";
  static final String CODE = "code";

  private IndexFields() {}

  /**
   * The document of one text of a standard concept.
   *
   * @param folded the text's folded words ({@link ClinicalAnalysis#foldedTokens})
   * @param extra whether the text is an extra term ({@link IndexTerm})
   */
  static Document document(
      String text,
      List<String> folded,
      MatchType type,
      StandardConcept target,
      int sourceId,
      boolean extra) {
    Document doc = new Document();
    doc.add(new TextField(TEXT, text, Field.Store.YES));
    doc.add(new TextField(GRAMS, text, Field.Store.NO));
    String key = TextFolding.key(text);
    doc.add(new StringField(KEY, key, Field.Store.YES));
    if (extra) {
      doc.add(new StringField(EXTRA, EXTRA_VALUE, Field.Store.NO));
    }
    doc.add(new StringField(TYPE, type.name(), Field.Store.YES));
    doc.add(new IntPoint(CONCEPT_ID, target.conceptId()));
    doc.add(new StoredField(CONCEPT_ID, target.conceptId()));
    doc.add(new IntPoint(SOURCE_ID, sourceId));
    doc.add(new StoredField(SOURCE_ID, sourceId));
    doc.add(new StringField(DOMAIN, target.domainId(), Field.Store.YES));
    doc.add(new StoredField(NAME, target.conceptName()));
    doc.add(new StoredField(VOCABULARY, target.vocabularyId()));
    doc.add(new StoredField(CONCEPT_CLASS, target.conceptClassId()));
    doc.add(new StoredField(CODE, target.conceptCode()));
    // what scoring reads for every hit, as doc values (no stored-field block to decompress)
    doc.add(new BinaryDocValuesField(KEY, new BytesRef(key)));
    doc.add(new BinaryDocValuesField(FOLDED, new BytesRef(String.join(" ", folded))));
    doc.add(new SortedDocValuesField(TYPE, new BytesRef(type.name())));
    doc.add(new NumericDocValuesField(CONCEPT_ID, target.conceptId()));
    doc.add(new NumericDocValuesField(SOURCE_ID, sourceId));
    doc.add(new SortedDocValuesField(DOMAIN, new BytesRef(target.domainId())));
    doc.add(new SortedDocValuesField(CONCEPT_CLASS, new BytesRef(target.conceptClassId())));
    return doc;
  }

  /** The stored fields of a hit. */
  static IndexedText read(Document doc) {
    return new IndexedText(
        doc.get(TEXT),
        doc.get(KEY),
        MatchType.valueOf(doc.get(TYPE)),
        new StandardConcept(
            doc.getField(CONCEPT_ID).numericValue().intValue(),
            doc.get(NAME),
            doc.get(DOMAIN),
            doc.get(VOCABULARY),
            doc.get(CONCEPT_CLASS),
            doc.get(CODE)),
        doc.getField(SOURCE_ID).numericValue().intValue());
  }
}
