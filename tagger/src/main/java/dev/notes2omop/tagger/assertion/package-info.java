/**
 * Assertion detection: {@link dev.notes2omop.tagger.assertion.SpanishAssertionDetector} applies
 * ConText-style rules for Spanish (negation, uncertainty, hypothetical, family, history) to the
 * mentions of a note. The trigger list is data: {@code
 * dev/notes2omop/tagger/assertion/triggers-es.tsv} on the class path.
 */
package dev.notes2omop.tagger.assertion;
