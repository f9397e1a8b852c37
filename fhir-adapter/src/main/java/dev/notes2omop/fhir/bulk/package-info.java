/**
 * Bulk input: FHIR Bulk Data NDJSON files (optionally gzip) and JSON files of Bundles, found in a
 * directory and streamed resource by resource, each item located by file and line.
 */
package dev.notes2omop.fhir.bulk;
