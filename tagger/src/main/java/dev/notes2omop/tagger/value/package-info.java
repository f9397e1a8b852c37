/**
 * Measurement values: {@link dev.notes2omop.tagger.value.MeasurementValueExtractor} reads the
 * result written right after a measurement name (number, operator, unit, ratio, reference range).
 */
package dev.notes2omop.tagger.value;
