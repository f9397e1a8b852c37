/**
 * Lexicons of other-language terms for OMOP concepts: the bundled Spanish lexicon ({@code
 * lexicon/es.tsv}), its reader (strict, or lenient for checking a site's file) and its validation
 * (malformed lines, unknown languages, duplicates, conflicts) as {@link
 * dev.notes2omop.vocab.lexicon.LexiconProblem}s.
 */
package dev.notes2omop.vocab.lexicon;
