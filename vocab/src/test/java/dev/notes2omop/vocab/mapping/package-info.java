/**
 * The Spanish mapping test set ({@code src/test/resources/mapping/es-mapping-set.tsv}): how well
 * the concept mapper maps variants of Spanish clinical terms, and the baseline a new mapper must
 * beat.
 */
package dev.notes2omop.vocab.mapping;
