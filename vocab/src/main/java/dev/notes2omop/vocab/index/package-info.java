/**
 * The on-disk Lucene concept index and the mapper that reads it.
 *
 * <p>{@link dev.notes2omop.vocab.index.ConceptIndex} is built by streaming the CDM vocabulary
 * tables from PostgreSQL (concept names, synonyms, the lexicon and a caller's extra terms, each
 * resolved to its standard concept) into a Lucene directory, and reused while its fingerprint
 * matches the database; when only the extra terms (steward overrides) changed, they are replaced in
 * place. {@link dev.notes2omop.vocab.index.IndexConceptMapper} ranks candidates in tiers (a cache,
 * exact keys, then the full search: a pure disjunction of the key, the stems and the rarest grams,
 * with the searched domains as the accepted documents, {@link
 * dev.notes2omop.vocab.index.DomainFilter}), scores hits from doc values with a calibrated
 * similarity ({@link dev.notes2omop.vocab.index.TermSimilarity}) and chooses by domain and context.
 * See {@code docs/concept-index.md}.
 */
package dev.notes2omop.vocab.index;
