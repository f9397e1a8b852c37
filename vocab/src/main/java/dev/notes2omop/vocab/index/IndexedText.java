package dev.notes2omop.vocab.index;

import dev.notes2omop.core.mapping.MatchType;

/**
 * One index document read back: a text and the standard concept it names.
 *
 * @param text the text as written
 * @param key its {@link dev.notes2omop.core.nlp.TextFolding#key}
 * @param type how it names the concept
 * @param concept the standard concept
 * @param sourceConceptId the non-standard concept whose text it is, or 0
 */
record IndexedText(
    String text, String key, MatchType type, StandardConcept concept, int sourceConceptId) {}
