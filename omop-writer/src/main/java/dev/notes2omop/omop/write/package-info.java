/**
 * The row writers: {@link dev.notes2omop.omop.write.OmopNoteWriter} (the pipeline's {@code
 * OmopSink}: NOTE, NOTE_NLP, derived clinical rows and their provenance, idempotent per note),
 * {@link dev.notes2omop.omop.write.PersonWriter} and the notes parked until their person exists,
 * {@link dev.notes2omop.omop.write.ParkedNotes}.
 */
package dev.notes2omop.omop.write;
