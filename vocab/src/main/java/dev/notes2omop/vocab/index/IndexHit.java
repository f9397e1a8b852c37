package dev.notes2omop.vocab.index;

import dev.notes2omop.core.mapping.MatchType;
import java.util.List;

/**
 * What scoring and ranking need of one hit, read from doc values ({@link HitReader}): no stored
 * field is decompressed and no text analysed. The stored fields (texts, names, codes) are read only
 * for the candidates answered ({@link ConceptIndex#candidate}).
 *
 * @param doc the Lucene document id (of the reader it was read from)
 * @param key the text's {@link dev.notes2omop.core.nlp.TextFolding#key}
 * @param folded the text's folded words, stop words removed
 * @param type how the text names the concept
 * @param conceptId the standard concept
 * @param sourceConceptId the non-standard concept whose text it is, or 0
 * @param domainId the standard concept's domain
 * @param conceptClassId its class
 */
record IndexHit(
    int doc,
    String key,
    List<String> folded,
    MatchType type,
    int conceptId,
    int sourceConceptId,
    String domainId,
    String conceptClassId) {}
