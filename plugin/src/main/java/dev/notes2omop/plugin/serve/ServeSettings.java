package dev.notes2omop.plugin.serve;

import java.time.Duration;
import java.util.Objects;

/**
 * How the service runs.
 *
 * @param bindAddress the address to listen on (e.g. {@code 127.0.0.1})
 * @param port the HTTP port, 0 for any free one
 * @param apiToken the bearer token every {@code /fhir} request must carry, or null for none (only
 *     allowed on a loopback address)
 * @param maxRequestBytes the largest request body taken
 * @param workers worker threads draining the queue (0: accept only, process elsewhere)
 * @param lease how long a claimed item is a worker's before another may claim it
 * @param idlePoll how long an idle worker waits before looking at the queue again
 * @param maxAttempts attempts after which an item failing with a non-transient error is dead
 * @param sourceBaseUrl the notifying FHIR server's base, for id-only notifications and pings; or
 *     null
 * @param sourceAuthorization the {@code Authorization} header for that server, or null
 */
public record ServeSettings(
    String bindAddress,
    int port,
    String apiToken,
    long maxRequestBytes,
    int workers,
    Duration lease,
    Duration idlePoll,
    int maxAttempts,
    String sourceBaseUrl,
    String sourceAuthorization) {

  public ServeSettings {
    Objects.requireNonNull(bindAddress, "bindAddress");
    Objects.requireNonNull(lease, "lease");
    Objects.requireNonNull(idlePoll, "idlePoll");
    if (apiToken != null && apiToken.isBlank()) {
      apiToken = null;
    }
    if (workers < 0) {
      throw new IllegalArgumentException("workers must be 0 or more, not " + workers);
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, not " + maxAttempts);
    }
  }

  /** Loopback, the given port and token, 10 MB requests, 2 workers, 60 s leases. */
  public static ServeSettings defaults(int port, String apiToken) {
    return new ServeSettings(
        "127.0.0.1",
        port,
        apiToken,
        10L * 1024 * 1024,
        2,
        Duration.ofSeconds(60),
        Duration.ofMillis(500),
        5,
        null,
        null);
  }

  public ServeSettings withWorkers(int count) {
    return new ServeSettings(
        bindAddress,
        port,
        apiToken,
        maxRequestBytes,
        count,
        lease,
        idlePoll,
        maxAttempts,
        sourceBaseUrl,
        sourceAuthorization);
  }

  public ServeSettings withLease(Duration value) {
    return new ServeSettings(
        bindAddress,
        port,
        apiToken,
        maxRequestBytes,
        workers,
        value,
        idlePoll,
        maxAttempts,
        sourceBaseUrl,
        sourceAuthorization);
  }

  public ServeSettings withSource(String baseUrl, String authorization) {
    return new ServeSettings(
        bindAddress,
        port,
        apiToken,
        maxRequestBytes,
        workers,
        lease,
        idlePoll,
        maxAttempts,
        baseUrl,
        authorization);
  }
}
