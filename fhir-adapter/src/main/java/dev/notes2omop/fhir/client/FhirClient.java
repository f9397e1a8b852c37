package dev.notes2omop.fhir.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads resources from a FHIR R4 server: one by reference, or all of a type updated since a time.
 * Thread-safe.
 */
public final class FhirClient {

  private static final String FHIR_JSON = "application/fhir+json";
  private static final int MAX_PAGES = 1_000;

  private final String baseUrl;
  private final String authorization;
  private final HttpClient http;
  private final Duration timeout;
  private final ObjectMapper json = new ObjectMapper();

  /**
   * @param baseUrl the server's base, e.g. {@code http://hapi:8080/fhir}
   * @param authorization the {@code Authorization} header value (e.g. {@code Bearer abc}), or null
   * @param timeout per request
   */
  public FhirClient(String baseUrl, String authorization, Duration timeout) {
    Objects.requireNonNull(baseUrl, "baseUrl");
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.authorization = authorization;
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  /** The server's base URL. */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * The current version of {@code reference} ({@code Type/id}) as JSON; empty when the server says
   * it is gone (404 or 410).
   */
  public Optional<String> read(String reference) {
    HttpResponse<String> response = get(URI.create(baseUrl + "/" + reference));
    if (response.statusCode() == 404 || response.statusCode() == 410) {
      return Optional.empty();
    }
    check(response, "reading " + reference);
    return Optional.of(response.body());
  }

  /**
   * Every resource of {@code type} updated at or after {@code since} (all when null), as JSON,
   * oldest first, following the search's {@code next} links.
   */
  public List<String> updatedSince(String type, Instant since) {
    String query = "_sort=_lastUpdated&_count=100";
    if (since != null) {
      query += "&_lastUpdated=" + URLEncoder.encode("ge" + since, StandardCharsets.UTF_8);
    }
    URI next = URI.create(baseUrl + "/" + type + "?" + query);
    List<String> resources = new ArrayList<>();
    for (int page = 0; next != null && page < MAX_PAGES; page++) {
      HttpResponse<String> response = get(next);
      check(response, "searching " + type);
      JsonNode bundle;
      try {
        bundle = json.readTree(response.body());
      } catch (IOException e) {
        throw new FhirClientException(
            "searching " + type + ": the answer is not JSON: " + e.getMessage(), false, e);
      }
      JsonNode entries = bundle.get("entry");
      if (entries != null) {
        for (JsonNode entry : entries) {
          JsonNode resource = entry.get("resource");
          if (resource != null && type.equals(resource.path("resourceType").asText())) {
            resources.add(resource.toString());
          }
        }
      }
      next = null;
      JsonNode links = bundle.get("link");
      if (links != null) {
        for (JsonNode link : links) {
          if ("next".equals(link.path("relation").asText())) {
            next = URI.create(link.path("url").asText());
          }
        }
      }
    }
    return resources;
  }

  private HttpResponse<String> get(URI uri) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", FHIR_JSON).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new FhirClientException(
          "cannot reach the FHIR server at " + baseUrl + ": " + e.getMessage(), true, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FhirClientException("interrupted while calling " + baseUrl, true, e);
    }
  }

  private void check(HttpResponse<String> response, String what) {
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return;
    }
    boolean retry = status == 429 || status >= 500;
    throw new FhirClientException(what + " at " + baseUrl + ": HTTP " + status, retry, null);
  }
}
