/**
 * The pipeline: {@link dev.notes2omop.core.pipeline.NoteProcessor} composes a tagger, a mapper and
 * a sink; typed outcomes and skip reasons say what happened to each note.
 */
package dev.notes2omop.core.pipeline;
