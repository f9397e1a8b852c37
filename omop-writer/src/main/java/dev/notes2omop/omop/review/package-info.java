/**
 * What a steward's decision does to the rows already written: {@link
 * dev.notes2omop.omop.review.TermRederiver} gives every NOTE_NLP row of a term its new concept and
 * re-derives the CONDITION_OCCURRENCE / DRUG_EXPOSURE / MEASUREMENT rows, and {@link
 * dev.notes2omop.omop.review.TermSummary} keeps the review page's summary of the terms.
 */
package dev.notes2omop.omop.review;
