package dev.notes2omop.vocab.index;

import dev.notes2omop.core.mapping.MatchType;
import java.util.List;

/**
 * One index document read back: a text and the standard concept it names.
 *
 * @param text the text as written
 * @param key its {@link dev.notes2omop.core.nlp.TextFolding#key}
 * @param folded its folded words, stop words removed, as stored at index time
 * @param type how it names the concept
 * @param concept the standard concept
 * @param sourceConceptId the non-standard concept whose text it is, or 0
 */
record IndexedText(
    String text,
    String key,
    List<String> folded,
    MatchType type,
    StandardConcept concept,
    int sourceConceptId) {}
