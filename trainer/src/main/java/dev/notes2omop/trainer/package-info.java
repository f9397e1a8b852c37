/**
 * The trainer: synthetic training data (generation by tutors, validation, splits) and, later,
 * training, evaluation and packaging of the tagger model.
 */
package dev.notes2omop.trainer;
