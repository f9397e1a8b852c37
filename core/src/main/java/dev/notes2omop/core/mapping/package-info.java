/** Concept matches for mentions and the mapper interface that produces them. */
package dev.notes2omop.core.mapping;
