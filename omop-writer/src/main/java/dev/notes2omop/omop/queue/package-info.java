/**
 * The durable work queue ({@code work_item}, changelog 005) between the FHIR receiver or the HAPI
 * interceptor and the workers: {@link dev.notes2omop.omop.queue.WorkQueue} stores deliveries in the
 * caller's transaction, deduplicates re-deliveries of a resource version, and hands items to
 * workers with {@code FOR UPDATE SKIP LOCKED} and a lease, so that an item whose worker died is
 * claimed again.
 */
package dev.notes2omop.omop.queue;
