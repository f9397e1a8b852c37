/** Test support: the sample vocabularies and a database with both loaded. */
package dev.notes2omop.vocab.testing;
