/**
 * FHIR R4 JSON to the pipeline's records: {@link dev.notes2omop.fhir.FhirResourceReader} turns one
 * resource (a {@code DocumentReference}, a {@code Patient} or a {@code Bundle} of them) into {@link
 * dev.notes2omop.fhir.FhirItem}s: notes, persons, removals, and typed skips for bad input. Also the
 * attachment decoding and the HTML-to-text reduction that define the note text every offset points
 * into.
 */
package dev.notes2omop.fhir;
