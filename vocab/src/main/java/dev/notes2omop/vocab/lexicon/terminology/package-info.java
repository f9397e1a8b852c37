/**
 * Lexicons made from open terminologies: the CIE-O-3.1 morphology (the Spanish ICD-O-3.1) as {@code
 * ICDO3} entries ({@link dev.notes2omop.vocab.lexicon.terminology.CieOLexicon}), Spanish INN drug
 * names written from RxNorm ingredient names by rules ({@link
 * dev.notes2omop.vocab.lexicon.terminology.InnRules}), and a SNOMED CT Spanish edition's RF2
 * descriptions ({@link dev.notes2omop.vocab.lexicon.terminology.SnomedRf2Reader}). Each gives
 * {@link dev.notes2omop.vocab.lexicon.LexiconEntry} lines that {@link
 * dev.notes2omop.vocab.lexicon.LexiconWriter} writes as a lexicon file.
 */
package dev.notes2omop.vocab.lexicon.terminology;
