/**
 * Concept mapping: {@link dev.notes2omop.vocab.map.DictionaryConceptMapper} maps mentions to
 * standard concepts, units and operators with the in-memory {@link
 * dev.notes2omop.vocab.ConceptDictionary}.
 */
package dev.notes2omop.vocab.map;
