/**
 * Bulk ETL: reads NDJSON and Bundle files of Patients and DocumentReferences, processes the notes
 * in parallel, retries parked notes at the end and reports counts per outcome and skip reason.
 */
package dev.notes2omop.plugin.etl;
