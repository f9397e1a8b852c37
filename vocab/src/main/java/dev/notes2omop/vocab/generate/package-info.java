/**
 * A generator of Athena-shaped vocabulary downloads ({@link
 * dev.notes2omop.vocab.generate.AthenaGenerator}): synthetic but realistically shaped concepts,
 * relationships, ancestors, synonyms and drug strengths, deterministic for a seed, written as
 * Athena writes its files, at any scale up to a full download. For load benchmarks and tests.
 */
package dev.notes2omop.vocab.generate;
