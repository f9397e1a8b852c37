/**
 * Athena vocabulary loading: {@link dev.notes2omop.vocab.load.AthenaLoader} streams the Athena
 * files (tab-separated as Athena ships them, or comma-separated samples) through row validation
 * into PostgreSQL {@code COPY} staging tables, builds a de-duplicated, indexed copy of each
 * vocabulary table next to the live one and swaps it in with one short transaction. See {@code
 * docs/vocabulary-loading.md}.
 */
package dev.notes2omop.vocab.load;
