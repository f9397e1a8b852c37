/**
 * A small FHIR R4 REST client ({@link dev.notes2omop.fhir.client.FhirClient}, on the JDK's HTTP
 * client) to fetch what a subscription notification only names: a resource by id, and the resources
 * of a type changed since a time ({@code _lastUpdated}).
 */
package dev.notes2omop.fhir.client;
