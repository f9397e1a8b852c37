package dev.notes2omop.vocab.index;

import dev.notes2omop.core.mapping.MatchType;
import dev.notes2omop.core.nlp.TextFolding;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

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
   * The text's folded words (stop words removed), space-separated; stored only, so that a hit is
   * scored without analysing its text again.
   */
  static final String FOLDED = "folded";

  /** Present ({@value #EXTRA_VALUE}) on the documents of extra terms, which are updated in place. */
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
    doc.add(new StringField(KEY, TextFolding.key(text), Field.Store.YES));
    doc.add(new StoredField(FOLDED, String.join(" ", folded)));
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
    return doc;
  }

  /** The stored fields of a hit. */
  static IndexedText read(Document doc) {
    String folded = doc.get(FOLDED);
    return new IndexedText(
        doc.get(TEXT),
        doc.get(KEY),
        folded.isEmpty() ? List.of() : List.of(folded.split(" ")),
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
