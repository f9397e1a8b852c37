/**
 * Measuring a tagger against annotated text (DESIGN §7): the evaluation data format and its reader,
 * the label map from a data set's labels to ours, strict and lenient span metrics and record-level
 * metrics, and the report they make.
 */
package dev.notes2omop.trainer.eval;
