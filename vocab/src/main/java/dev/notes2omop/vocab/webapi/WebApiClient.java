package dev.notes2omop.vocab.webapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A client for the vocabulary endpoints of an OHDSI WebAPI, for one source key. Thread-safe: one
 * instance can serve the whole application.
 *
 * <p>Every call is a read and is retried as {@link WebApiSettings} says. Failures are {@link
 * WebApiException}s whose message gives the status, the URL (never the token) and the start of the
 * body. Query text is logged at DEBUG only, since it may come from a patient's note.
 */
public final class WebApiClient {

  /**
   * Relationship names that lead from a concept to its standard equivalent: OMOP's {@code Maps to}
   * and its long name {@code Non-standard to Standard map (OMOP)}, which some WebAPI versions
   * report instead.
   */
  public static final Set<String> MAPS_TO_NAMES =
      Set.of("Maps to", "Non-standard to Standard map (OMOP)");

  private static final Logger log = LoggerFactory.getLogger(WebApiClient.class);

  private final WebApiSettings settings;
  private final WebApiHttp http;
  private final String vocabularyPath;

  public WebApiClient(WebApiSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.http = new WebApiHttp(settings);
    this.vocabularyPath = settings.baseUrl() + "/vocabulary/" + segment(settings.sourceKey());
  }

  public WebApiSettings settings() {
    return settings;
  }

  /**
   * Searches concepts: {@code POST {base}/vocabulary/{sourceKey}/search} with WebAPI's {@code
   * ConceptSearch} body. WebAPI does not page the result, so it is cut to {@code limit} here, in
   * the server's order.
   *
   * @param query the text to search for, sent as given (UTF-8, accents kept)
   * @param domainId a domain to restrict to, e.g. {@code "Condition"}; {@code null} or blank for
   *     all
   * @param standardOnly whether to ask for standard concepts only
   * @param limit the most concepts to return, at least 1
   */
  public List<WebApiConcept> search(
      String query, String domainId, boolean standardOnly, int limit) {
    if (query == null || query.isBlank()) {
      throw new IllegalArgumentException("WebAPI search query is blank: give the text to search");
    }
    if (limit < 1) {
      throw new IllegalArgumentException("WebAPI search limit must be at least 1, was " + limit);
    }
    String domain = domainId == null || domainId.isBlank() ? null : domainId.strip();
    URI uri = URI.create(vocabularyPath + "/search");
    if (log.isDebugEnabled()) {
      log.debug("WebAPI search '{}' domain={} standardOnly={}", query, domain, standardOnly);
    }
    WebApiHttp.Response response =
        http.postJson(uri, WebApiJson.searchBody(query, domain, standardOnly));
    List<WebApiConcept> concepts =
        WebApiJson.concepts(json(response), response.body(), uri, response.status());
    return List.copyOf(concepts.size() > limit ? concepts.subList(0, limit) : concepts);
  }

  /**
   * The concept with this id: {@code GET {base}/vocabulary/{sourceKey}/concept/{id}}; empty when
   * WebAPI answers 404 or with an empty body (both mean "no such concept"). A 404 caused by a wrong
   * source key looks the same here; {@link #search} and {@link #related} report it as an error.
   */
  public Optional<WebApiConcept> concept(long conceptId) {
    URI uri = URI.create(vocabularyPath + "/concept/" + conceptId);
    WebApiHttp.Response response = http.get(uri);
    if (response.status() == 404 || (response.ok() && response.body().isBlank())) {
      return Optional.empty();
    }
    JsonNode node = json(response);
    if (node.isNull()) {
      return Optional.empty();
    }
    return Optional.of(WebApiJson.concept(node, response.body(), uri, response.status()));
  }

  /**
   * The concepts related to this one, each with its relationships: {@code GET
   * {base}/vocabulary/{sourceKey}/concept/{id}/related}. WebAPI answers an empty list for an
   * unknown concept.
   */
  public List<WebApiRelatedConcept> related(long conceptId) {
    URI uri = URI.create(vocabularyPath + "/concept/" + conceptId + "/related");
    WebApiHttp.Response response = http.get(uri);
    return List.copyOf(WebApiJson.related(json(response), response.body(), uri, response.status()));
  }

  /**
   * The standard concept this one maps to: among its {@linkplain #related related concepts}, the
   * valid standard ones reached by a relationship named in {@link #MAPS_TO_NAMES} (not {@code Maps
   * to value}). A standard concept usually maps to itself. When a concept maps to several (OMOP
   * allows one-to-many maps), the one with the smallest relationship distance and then the smallest
   * concept id is chosen, so the answer does not depend on the server's order. Empty when there is
   * none.
   */
  public Optional<WebApiConcept> mapsTo(long conceptId) {
    return related(conceptId).stream()
        .filter(r -> r.concept().standard() && r.concept().valid())
        .filter(r -> MAPS_TO_NAMES.stream().anyMatch(r::hasRelationship))
        .min(
            Comparator.comparingInt(WebApiClient::mapsToDistance)
                .thenComparingLong(r -> r.concept().conceptId()))
        .map(WebApiRelatedConcept::concept);
  }

  private static int mapsToDistance(WebApiRelatedConcept related) {
    return related.relationships().stream()
        .filter(r -> MAPS_TO_NAMES.stream().anyMatch(name -> name.equalsIgnoreCase(r.name())))
        .mapToInt(WebApiRelatedConcept.Relationship::distance)
        .min()
        .orElse(Integer.MAX_VALUE);
  }

  /** The parsed body of a successful response; an error with a hint otherwise. */
  private JsonNode json(WebApiHttp.Response response) {
    if (!response.ok()) {
      throw failure(response);
    }
    return WebApiJson.parse(response.body(), response.uri(), response.status());
  }

  private WebApiException failure(WebApiHttp.Response response) {
    int status = response.status();
    StringBuilder message =
        new StringBuilder("WebAPI answered ")
            .append(status)
            .append(" to ")
            .append(response.method())
            .append(' ')
            .append(response.uri());
    if (response.attempts() > 1) {
      message.append(" after ").append(response.attempts()).append(" attempts");
    }
    message.append(hint(status)).append(". Body: ").append(WebApiHttp.excerpt(response.body()));
    return new WebApiException(message.toString(), status, response.uri(), null);
  }

  private String hint(int status) {
    return switch (status) {
      case 401, 403 ->
          ": check the bearer token (not shown) and its permissions on source '"
              + settings.sourceKey()
              + "'";
      case 404 ->
          ": is '"
              + settings.sourceKey()
              + "' a source key of this WebAPI (GET "
              + settings.baseUrl()
              + "/source/sources lists them) and is the base URL the WebAPI root?";
      case 429, 502, 503, 504 ->
          ": WebAPI is overloaded or unavailable; try later or raise" + " maxRetries";
      default -> "";
    };
  }

  /** A path segment, percent-encoded (a space is {@code %20}, not {@code +}). */
  static String segment(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
