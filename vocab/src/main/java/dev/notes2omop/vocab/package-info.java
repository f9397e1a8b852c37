/**
 * The OHDSI vocabularies at run time: {@link dev.notes2omop.vocab.ConceptDictionary} reads the
 * concepts, synonyms and {@code Maps to} relationships that the mapper and the dictionary tagger
 * need from the CDM schema, and resolves the lexicon against them.
 */
package dev.notes2omop.vocab;
