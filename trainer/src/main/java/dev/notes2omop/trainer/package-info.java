/**
 * The trainer: synthetic data generation, validation, splits, training and packaging of the tagger
 * model. Empty until the synthetic data and model issues; the module exists so that the dependency
 * graph of the product is in place from the start.
 */
package dev.notes2omop.trainer;
