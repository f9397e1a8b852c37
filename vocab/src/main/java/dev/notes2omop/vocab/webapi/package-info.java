/**
 * A small client for the vocabulary endpoints of an OHDSI WebAPI (Atlas) deployment, for sites that
 * keep their vocabulary there rather than in our database: concept search, concept by id, related
 * concepts and {@code Maps to} resolution. {@link dev.notes2omop.vocab.webapi.WebApiClient} speaks
 * WebAPI's JSON over {@code java.net.http} with timeouts, retries and errors that name the status
 * and URL; {@link dev.notes2omop.vocab.webapi.WebApiSettings} holds the endpoint, the source key
 * and the limits. OHDSI publishes no Java client on Maven Central, hence this one.
 */
package dev.notes2omop.vocab.webapi;
