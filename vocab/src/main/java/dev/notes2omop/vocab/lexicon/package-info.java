/**
 * Lexicons of other-language terms for OMOP concepts: the bundled Spanish lexicon ({@code
 * lexicon/es.tsv}), its reader and its validation (duplicates and conflicts).
 */
package dev.notes2omop.vocab.lexicon;
