package dev.notes2omop.vocab.webapi;

import dev.notes2omop.core.http.RetryAfter;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one WebAPI request with the retry policy: on 429, 502, 503, 504, connection errors and
 * timeouts it waits and tries again, up to {@link WebApiSettings#maxRetries()} times. The wait is
 * the server's {@code Retry-After} (seconds or an HTTP date, capped at {@link #MAX_RETRY_AFTER}) or
 * an exponential backoff from {@link #INITIAL_BACKOFF} doubling up to {@link #MAX_BACKOFF}, with a
 * little jitter. Every request is a read, so retrying is safe. Other statuses are returned at once.
 */
final class WebApiHttp {

  static final Duration INITIAL_BACKOFF = Duration.ofMillis(200);
  static final Duration MAX_BACKOFF = Duration.ofSeconds(5);
  static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(30);
  private static final Set<Integer> RETRYABLE = Set.of(429, 502, 503, 504);
  private static final int EXCERPT_LENGTH = 200;
  private static final Logger log = LoggerFactory.getLogger(WebApiHttp.class);

  private final WebApiSettings settings;
  private final HttpClient http;

  WebApiHttp(WebApiSettings settings) {
    this.settings = settings;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(settings.timeout())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  /** A response whose body has been read, with the token (if any) masked out of it. */
  record Response(int status, String body, String method, URI uri, int attempts) {

    boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  Response get(URI uri) {
    return send(request(uri).GET().build(), uri);
  }

  Response postJson(URI uri, String json) {
    HttpRequest request =
        request(uri)
            .header("Content-Type", "application/json; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .build();
    return send(request, uri);
  }

  private HttpRequest.Builder request(URI uri) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri)
            .timeout(settings.timeout())
            .header("Accept", "application/json");
    if (settings.bearerToken() != null) {
      builder.header("Authorization", "Bearer " + settings.bearerToken());
    }
    return builder;
  }

  private Response send(HttpRequest request, URI uri) {
    int attempts = settings.maxRetries() + 1;
    for (int attempt = 1; ; attempt++) {
      Duration wait;
      try {
        HttpResponse<String> response =
            http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        int status = response.statusCode();
        if (!RETRYABLE.contains(status) || attempt == attempts) {
          return new Response(status, mask(response.body()), request.method(), uri, attempt);
        }
        int retry = attempt;
        wait = retryAfter(response).orElseGet(() -> backoff(retry));
        log.warn(
            "WebAPI answered {} to {} {} (attempt {} of {}); retrying in {} ms",
            status,
            request.method(),
            uri,
            attempt,
            attempts,
            wait.toMillis());
      } catch (IOException e) {
        if (attempt == attempts) {
          throw new WebApiException(
              request.method()
                  + " "
                  + uri
                  + " failed after "
                  + attempt
                  + " attempt"
                  + (attempt == 1 ? "" : "s")
                  + ": "
                  + describe(e)
                  + "; check that WebAPI is up and reachable, or raise the timeout ("
                  + settings.timeout()
                  + ")",
              WebApiException.NO_RESPONSE,
              uri,
              e);
        }
        wait = backoff(attempt);
        log.warn(
            "{} {} failed (attempt {} of {}): {}; retrying in {} ms",
            request.method(),
            uri,
            attempt,
            attempts,
            describe(e),
            wait.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new WebApiException(
            request.method() + " " + uri + " was interrupted", WebApiException.NO_RESPONSE, uri, e);
      }
      sleep(wait, request.method(), uri);
    }
  }

  private String describe(IOException e) {
    if (e instanceof HttpConnectTimeoutException) {
      return "connect timed out after " + settings.timeout().toMillis() + " ms";
    }
    if (e instanceof HttpTimeoutException) {
      return "no response within " + settings.timeout().toMillis() + " ms (timed out)";
    }
    if (e instanceof ConnectException) {
      return "connection refused or unreachable";
    }
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  private static void sleep(Duration wait, String method, URI uri) {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WebApiException(
          method + " " + uri + " was interrupted while waiting to retry",
          WebApiException.NO_RESPONSE,
          uri,
          e);
    }
  }

  /** The backoff before retry number {@code attempt} (1-based), with up to 25 % jitter. */
  static Duration backoff(int attempt) {
    long base = INITIAL_BACKOFF.toMillis() << Math.min(attempt - 1, 20);
    long capped = Math.min(base, MAX_BACKOFF.toMillis());
    return Duration.ofMillis(capped + ThreadLocalRandom.current().nextLong(capped / 4 + 1));
  }

  /**
   * The server's {@code Retry-After}, in seconds or as an HTTP date, capped; empty if unreadable.
   */
  static Optional<Duration> retryAfter(HttpResponse<?> response) {
    return response.headers().firstValue("Retry-After").flatMap(WebApiHttp::parseRetryAfter);
  }

  static Optional<Duration> parseRetryAfter(String value) {
    return RetryAfter.parse(value, MAX_RETRY_AFTER);
  }

  private String mask(String body) {
    String token = settings.bearerToken();
    return token == null || body == null ? body : body.replace(token, "***");
  }

  /** The body's start on one line, for an error message. */
  static String excerpt(String body) {
    if (body == null || body.isBlank()) {
      return "(empty)";
    }
    String line = body.strip().replaceAll("\\s+", " ");
    return line.length() <= EXCERPT_LENGTH ? line : line.substring(0, EXCERPT_LENGTH) + "...";
  }
}
