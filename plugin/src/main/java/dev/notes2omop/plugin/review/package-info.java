/**
 * The stewards' review page under {@code /review} (docs/review.md): the terms found in NOTE_NLP, a
 * term's snippets, candidates and history, decisions that update SOURCE_TO_CONCEPT_MAP and
 * re-derive the written rows in one transaction, bulk decisions, mention corrections kept as
 * training records, and the page's users. Served by {@code serve} and by {@code review}.
 */
package dev.notes2omop.plugin.review;
