/**
 * Bulk ETL: reads NDJSON and Bundle files of Patients and DocumentReferences, streams the notes
 * through overlapping stages with bounded queues ({@link dev.notes2omop.plugin.etl.NoteStages}:
 * screen in batches, tag and map in parallel, write in batches with COPY), retries parked notes at
 * the end and reports counts per outcome and skip reason, and the time spent per stage.
 */
package dev.notes2omop.plugin.etl;
