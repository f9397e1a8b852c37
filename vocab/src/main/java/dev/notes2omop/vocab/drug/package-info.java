/**
 * Dose-aware drug mapping: the RxNorm products of the loaded vocabulary ({@link
 * dev.notes2omop.vocab.drug.DrugProducts}, from DRUG_STRENGTH, CONCEPT_RELATIONSHIP and the RxNorm
 * names) and the choice of the most specific one that agrees with a mention's dose, form and route
 * ({@link dev.notes2omop.vocab.drug.DrugSpecifier}).
 */
package dev.notes2omop.vocab.drug;
