package dev.notes2omop.trainer.synth.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.notes2omop.core.http.RetryAfter;
import dev.notes2omop.trainer.synth.TutorException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs JSON to an LLM API: rate limit, timeout, retries with exponential backoff on 429, 408, 5xx,
 * timeouts and broken connections (honouring {@code Retry-After}), and errors that say what went
 * wrong without the API key.
 */
final class LlmHttp {

  private static final Logger log = LoggerFactory.getLogger(LlmHttp.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int EXCERPT = 300;
  private static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(10);

  private final LlmSettings settings;
  private final String api;
  private final UsageMeter meter;
  private final RateLimiter limiter;
  private final HttpClient http;

  /**
   * @param api how to name the API in messages, e.g. {@code openai}
   */
  LlmHttp(LlmSettings settings, String api, UsageMeter meter) {
    this.settings = settings;
    this.api = api;
    this.meter = meter;
    this.limiter = new RateLimiter(settings.requestsPerMinute());
    Duration connect =
        settings.timeout().compareTo(Duration.ofSeconds(10)) < 0
            ? settings.timeout()
            : Duration.ofSeconds(10);
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(connect)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  UsageMeter meter() {
    return meter;
  }

  /**
   * POSTs {@code body} to {@code uri} and returns the JSON answer.
   *
   * @throws TutorException when the server refuses the request, answers something that is not JSON,
   *     or still fails after {@link LlmSettings#maxRetries()} retries
   */
  JsonNode post(URI uri, Map<String, String> headers, JsonNode body) {
    byte[] bytes;
    try {
      bytes = JSON.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a request body", e);
    }
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri)
            .timeout(settings.timeout())
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
    headers.forEach(builder::header);
    HttpRequest request = builder.build();
    int attempts = settings.maxRetries() + 1;
    String lastFailure = "no attempt";
    for (int attempt = 1; attempt <= attempts; attempt++) {
      Duration retryAfter = null;
      try {
        limiter.acquire();
        HttpResponse<String> response = send(request);
        int status = response.statusCode();
        if (status / 100 == 2) {
          return parse(uri, status, response.body());
        }
        if (!retryable(status)) {
          throw new TutorException(refusal(uri, status, response.body()));
        }
        lastFailure = "HTTP " + status + ": " + excerpt(response.body());
        retryAfter =
            response.headers().firstValue("Retry-After").map(LlmHttp::retryAfter).orElse(null);
      } catch (HttpTimeoutException | TimeoutException e) {
        lastFailure = "no answer within " + settings.timeout().toMillis() + " ms";
      } catch (IOException e) {
        lastFailure =
            "connection failed ("
                + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage())
                + ")";
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new TutorException(api + " request to " + uri + " was interrupted", e);
      }
      if (attempt < attempts) {
        Duration wait = retryAfter != null ? retryAfter : backoff(attempt);
        log.warn(
            "{} request to {} failed: {} (attempt {} of {}); retrying in {} ms",
            api,
            uri,
            lastFailure,
            attempt,
            attempts,
            wait.toMillis());
        meter.recordRetry();
        sleep(uri, wait);
      }
    }
    throw new TutorException(
        api
            + " request to "
            + uri
            + " failed after "
            + attempts
            + (attempts == 1 ? " attempt" : " attempts")
            + ": "
            + lastFailure
            + "; check that the server is up, or raise "
            + LlmSettings.ENV_TIMEOUT
            + " / "
            + LlmSettings.ENV_MAX_RETRIES);
  }

  private HttpResponse<String> send(HttpRequest request)
      throws IOException, InterruptedException, TimeoutException {
    CompletableFuture<HttpResponse<String>> future =
        http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    try {
      // the request's own timeout ends at the response headers; this one covers the body too
      return future.get(settings.timeout().toMillis() + 50, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new IOException(cause);
    } catch (InterruptedException e) {
      future.cancel(true);
      throw e;
    }
  }

  private JsonNode parse(URI uri, int status, String body) {
    try {
      JsonNode node = JSON.readTree(body);
      if (node != null && node.isObject()) {
        return node;
      }
    } catch (JsonProcessingException e) {
      log.debug("{} answer that is not JSON: {}", api, body);
    }
    throw new TutorException(
        api
            + " server at "
            + uri
            + " answered HTTP "
            + status
            + " with a body that is not a JSON object: "
            + excerpt(body)
            + "; is "
            + LlmSettings.ENV_URL
            + " the API's base URL?");
  }

  private String refusal(URI uri, int status, String body) {
    String hint =
        switch (status) {
          case 401, 403 -> "check " + LlmSettings.ENV_API_KEY;
          case 404 ->
              "check "
                  + LlmSettings.ENV_URL
                  + " ("
                  + settings.baseUrl()
                  + ") and "
                  + LlmSettings.ENV_MODEL
                  + " ("
                  + settings.model()
                  + ")";
          default ->
              "the server refused the request; check the model, and that it supports JSON output and"
                  + " the temperature ("
                  + LlmSettings.ENV_TEMPERATURE
                  + "=default leaves it out)";
        };
    return api
        + " request to "
        + uri
        + " was refused with HTTP "
        + status
        + ": "
        + excerpt(body)
        + "; "
        + hint;
  }

  private static boolean retryable(int status) {
    return status == 429 || status == 408 || status / 100 == 5;
  }

  private Duration backoff(int attempt) {
    long initial = settings.initialBackoff().toMillis();
    long max = settings.maxBackoff().toMillis();
    long millis = initial << Math.min(attempt - 1, 20);
    return Duration.ofMillis(Math.min(millis, max));
  }

  /** The wait a {@code Retry-After} header asks for (seconds or an HTTP date), or null. */
  static Duration retryAfter(String value) {
    return RetryAfter.parse(value, MAX_RETRY_AFTER).orElse(null);
  }

  private void sleep(URI uri, Duration wait) {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TutorException(api + " request to " + uri + " was interrupted", e);
    }
  }

  /** A short, single-line excerpt of an error body, with the API key blanked out. */
  private String excerpt(String body) {
    if (body == null || body.isBlank()) {
      return "(empty body)";
    }
    String text = body;
    String key = settings.apiKey();
    if (key != null) {
      text = text.replace(key, "***");
    }
    text = text.replaceAll("\\s+", " ").trim();
    return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + "...";
  }
}
