/**
 * Usagi interchange: reading a Usagi save file into the review table and writing our decisions as a
 * file Usagi opens, with a small RFC 4180 CSV reader and writer.
 */
package dev.notes2omop.vocab.review.usagi;
