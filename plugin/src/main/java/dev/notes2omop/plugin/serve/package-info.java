/**
 * {@code notes2omop serve}: the FHIR receiver (a Spring Boot web app under {@code /fhir}) that
 * stores each delivery in the durable work queue before answering, and the workers that drain the
 * queue through the pipeline. {@link dev.notes2omop.plugin.serve.FhirService} starts both; see
 * docs/fhir-service.md.
 */
package dev.notes2omop.plugin.serve;
