/**
 * Demo and benchmark input: a generator of synthetic FHIR NDJSON corpora of Spanish clinical notes
 * ({@link dev.notes2omop.plugin.demo.SyntheticCorpusGenerator}). The hand-written demo notes live
 * in the {@code demo/notes} resources.
 */
package dev.notes2omop.plugin.demo;
