package dev.notes2omop.vocab.webapi;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/**
 * Where a WebAPI lives and how patiently to talk to it.
 *
 * @param baseUrl the WebAPI root, e.g. {@code https://atlas.example.org/WebAPI}; absolute http(s),
 *     without query, fragment or user info (a trailing slash is dropped)
 * @param sourceKey the key of the WebAPI source that holds the vocabulary, e.g. {@code SYNPUF5PCT}
 * @param bearerToken sent as {@code Authorization: Bearer ...}; {@code null} for an open WebAPI.
 *     Never printed: {@link #toString()} masks it
 * @param timeout the connect timeout and the time allowed for each request's response
 * @param maxRetries retries after the first attempt on 429, 502, 503, 504, connection errors and
 *     timeouts; 0 to {@value #MAX_RETRIES}
 */
public record WebApiSettings(
    URI baseUrl, String sourceKey, String bearerToken, Duration timeout, int maxRetries) {

  /** The most retries allowed: beyond this a failing WebAPI only delays the error. */
  public static final int MAX_RETRIES = 10;

  public WebApiSettings {
    baseUrl = checkBaseUrl(baseUrl);
    if (sourceKey == null || sourceKey.isBlank()) {
      throw new IllegalArgumentException(
          "WebAPI source key is not set: give the key of the source that holds the vocabulary"
              + " (listed by GET "
              + baseUrl
              + "/source/sources), e.g. SYNPUF5PCT");
    }
    if (bearerToken != null && bearerToken.isBlank()) {
      throw new IllegalArgumentException(
          "WebAPI bearer token is blank: give a token or null for a WebAPI without security");
    }
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException(
          "WebAPI timeout must be positive, was " + timeout + ": give e.g. Duration.ofSeconds(30)");
    }
    if (maxRetries < 0 || maxRetries > MAX_RETRIES) {
      throw new IllegalArgumentException(
          "WebAPI maxRetries must be between 0 and " + MAX_RETRIES + ", was " + maxRetries);
    }
  }

  /** Settings for an open WebAPI (no token) with a 30 s timeout and 3 retries. */
  public static WebApiSettings of(URI baseUrl, String sourceKey) {
    return new WebApiSettings(baseUrl, sourceKey, null, Duration.ofSeconds(30), 3);
  }

  private static URI checkBaseUrl(URI baseUrl) {
    if (baseUrl == null) {
      throw new IllegalArgumentException(
          "WebAPI base URL is not set: give the WebAPI root, e.g. https://atlas.example.org/WebAPI");
    }
    String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
    if (!baseUrl.isAbsolute()
        || !(scheme.equals("http") || scheme.equals("https"))
        || baseUrl.getHost() == null) {
      throw new IllegalArgumentException(
          "WebAPI base URL must be an absolute http or https URL with a host, was '"
              + baseUrl
              + "': give e.g. https://atlas.example.org/WebAPI");
    }
    if (baseUrl.getRawUserInfo() != null) {
      throw new IllegalArgumentException(
          "WebAPI base URL must not carry credentials (user info): give a bearerToken instead");
    }
    if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "WebAPI base URL must not have a query or fragment, was '"
              + baseUrl
              + "': give only the WebAPI root");
    }
    String text = baseUrl.toString();
    while (text.endsWith("/")) {
      text = text.substring(0, text.length() - 1);
    }
    return URI.create(text);
  }

  @Override
  public String toString() {
    return "WebApiSettings[baseUrl="
        + baseUrl
        + ", sourceKey="
        + sourceKey
        + ", bearerToken="
        + (bearerToken == null ? "none" : "***")
        + ", timeout="
        + timeout
        + ", maxRetries="
        + maxRetries
        + "]";
  }
}
