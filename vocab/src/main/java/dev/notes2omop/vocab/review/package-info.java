/**
 * Data stewards' mapping decisions: the review table in our own schema, kept in step with the CDM's
 * {@code SOURCE_TO_CONCEPT_MAP} ({@link dev.notes2omop.vocab.review.DecisionStore}), the in-memory
 * view of approved overrides ({@link dev.notes2omop.vocab.review.StewardOverrides}) and the mapper
 * that puts them before any other ({@link dev.notes2omop.vocab.review.StewardedConceptMapper}).
 */
package dev.notes2omop.vocab.review;
