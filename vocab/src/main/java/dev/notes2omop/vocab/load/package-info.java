/**
 * Athena vocabulary loading: {@link dev.notes2omop.vocab.load.AthenaLoader} streams the Athena
 * files (tab-separated as Athena ships them, or comma-separated samples) through row validation
 * into PostgreSQL {@code COPY}, replacing the vocabulary tables in one transaction.
 */
package dev.notes2omop.vocab.load;
