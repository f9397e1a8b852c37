/**
 * {@link dev.notes2omop.hapi.Notes2OmopInterceptor}: loaded by a HAPI FHIR JPA server, it stores
 * every created, updated or deleted DocumentReference and Patient in the notes2omop work queue
 * before the server commits, so that {@code notes2omop serve} workers write the OMOP rows.
 */
package dev.notes2omop.hapi;
