package dev.notes2omop.trainer.synth.llm;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How to reach an LLM and what it costs.
 *
 * @param provider the API
 * @param baseUrl the API's base URL, e.g. {@code https://api.openai.com/v1} or {@code
 *     http://localhost:11434/v1} (Ollama)
 * @param model the model name, e.g. {@code gpt-4o-mini}, {@code gemini-2.0-flash}
 * @param apiKey the API key, or {@code null} for a local server that needs none
 * @param timeout how long one request may take, from sending it to the end of the answer
 * @param maxRetries how many times a request is retried after a 429, a 5xx, a timeout or a broken
 *     connection
 * @param requestsPerMinute the most requests started per minute (0: no limit)
 * @param initialBackoff the wait before the first retry when the server gives no {@code
 *     Retry-After}; it doubles with each retry
 * @param maxBackoff the longest wait between retries without {@code Retry-After}
 * @param priceInputPerMillion USD per million input (prompt) tokens
 * @param priceOutputPerMillion USD per million output (completion) tokens
 * @param temperature the sampling temperature, or {@code NaN} to leave it to the server (some
 *     reasoning models accept no other)
 */
public record LlmSettings(
    LlmProvider provider,
    URI baseUrl,
    String model,
    String apiKey,
    Duration timeout,
    int maxRetries,
    int requestsPerMinute,
    Duration initialBackoff,
    Duration maxBackoff,
    BigDecimal priceInputPerMillion,
    BigDecimal priceOutputPerMillion,
    double temperature) {

  /** The base URL; defaults to the provider's hosted API. */
  public static final String ENV_URL = "NOTES2OMOP_LLM_URL";

  /** The model; required. */
  public static final String ENV_MODEL = "NOTES2OMOP_LLM_MODEL";

  /** The API key; may be absent for a local server. */
  public static final String ENV_API_KEY = "NOTES2OMOP_LLM_API_KEY";

  /** USD per million input tokens (default 0). */
  public static final String ENV_PRICE_INPUT = "NOTES2OMOP_LLM_PRICE_INPUT";

  /** USD per million output tokens (default 0). */
  public static final String ENV_PRICE_OUTPUT = "NOTES2OMOP_LLM_PRICE_OUTPUT";

  /** Seconds a request may take (default 120). */
  public static final String ENV_TIMEOUT = "NOTES2OMOP_LLM_TIMEOUT_SECONDS";

  /** Retries of a failed request (default 4). */
  public static final String ENV_MAX_RETRIES = "NOTES2OMOP_LLM_MAX_RETRIES";

  /** Requests per minute (default 60, 0 for no limit). */
  public static final String ENV_RPM = "NOTES2OMOP_LLM_REQUESTS_PER_MINUTE";

  /** The sampling temperature (default 0.7; {@code default} leaves it to the server). */
  public static final String ENV_TEMPERATURE = "NOTES2OMOP_LLM_TEMPERATURE";

  public LlmSettings {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(priceInputPerMillion, "priceInputPerMillion");
    Objects.requireNonNull(priceOutputPerMillion, "priceOutputPerMillion");
    if (model == null || model.isBlank()) {
      throw new IllegalArgumentException(
          ENV_MODEL + " is not set: name the model, e.g. gpt-4o-mini or gemini-2.0-flash");
    }
    if (apiKey != null && apiKey.isBlank()) {
      apiKey = null;
    }
    String scheme = baseUrl.getScheme();
    if (!"http".equals(scheme) && !"https".equals(scheme)) {
      throw new IllegalArgumentException(
          ENV_URL + " must be an http or https URL, was '" + baseUrl + "'");
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("the LLM timeout must be positive, was " + timeout);
    }
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must not be negative, was " + maxRetries);
    }
    if (requestsPerMinute < 0) {
      throw new IllegalArgumentException(
          "requestsPerMinute must not be negative (0 for no limit), was " + requestsPerMinute);
    }
    if (priceInputPerMillion.signum() < 0 || priceOutputPerMillion.signum() < 0) {
      throw new IllegalArgumentException("token prices must not be negative");
    }
    String base = baseUrl.toString();
    if (base.endsWith("/")) {
      baseUrl = URI.create(base.substring(0, base.length() - 1));
    }
  }

  /** Settings with the defaults for everything but the provider, URL, model and key. */
  public static LlmSettings of(LlmProvider provider, URI baseUrl, String model, String apiKey) {
    return new LlmSettings(
        provider,
        baseUrl == null ? provider.defaultBaseUrl() : baseUrl,
        model,
        apiKey,
        Duration.ofSeconds(120),
        4,
        60,
        Duration.ofSeconds(1),
        Duration.ofSeconds(30),
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        0.7);
  }

  /**
   * Settings from environment variables ({@link #ENV_URL}, {@link #ENV_MODEL}, {@link
   * #ENV_API_KEY}, {@link #ENV_PRICE_INPUT}, {@link #ENV_PRICE_OUTPUT}, {@link #ENV_TIMEOUT},
   * {@link #ENV_MAX_RETRIES}, {@link #ENV_RPM}, {@link #ENV_TEMPERATURE}).
   *
   * @param provider {@code openai} or {@code gemini}
   * @param env the environment, e.g. {@code System.getenv()}
   * @throws IllegalArgumentException naming the variable that is missing or wrong
   */
  public static LlmSettings fromEnvironment(String provider, Map<String, String> env) {
    LlmProvider p = LlmProvider.parse(provider);
    String url = blankToNull(env.get(ENV_URL));
    URI baseUrl;
    try {
      baseUrl = url == null ? p.defaultBaseUrl() : URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(ENV_URL + " is not a valid URL: '" + url + "'", e);
    }
    String model = blankToNull(env.get(ENV_MODEL));
    if (model == null) {
      throw new IllegalArgumentException(
          ENV_MODEL
              + " is not set: name the "
              + p.id()
              + " model to use, e.g. "
              + (p == LlmProvider.GEMINI ? "gemini-2.0-flash" : "gpt-4o-mini or llama3.1:8b"));
    }
    String key = blankToNull(env.get(ENV_API_KEY));
    if (key == null && url == null) {
      throw new IllegalArgumentException(
          ENV_API_KEY
              + " is not set: the hosted "
              + p.id()
              + " API at "
              + p.defaultBaseUrl()
              + " needs a key (a local server set with "
              + ENV_URL
              + " may go without)");
    }
    LlmSettings defaults = of(p, baseUrl, model, key);
    return new LlmSettings(
        p,
        baseUrl,
        model,
        key,
        Duration.ofMillis(
            Math.round(
                1000 * number(env, ENV_TIMEOUT, defaults.timeout().toMillis() / 1000.0, 0.001))),
        (int) number(env, ENV_MAX_RETRIES, defaults.maxRetries(), 0),
        (int) number(env, ENV_RPM, defaults.requestsPerMinute(), 0),
        defaults.initialBackoff(),
        defaults.maxBackoff(),
        price(env, ENV_PRICE_INPUT),
        price(env, ENV_PRICE_OUTPUT),
        "default".equalsIgnoreCase(blankToNull(env.get(ENV_TEMPERATURE)))
            ? Double.NaN
            : number(env, ENV_TEMPERATURE, defaults.temperature(), 0));
  }

  public LlmSettings withTimeout(Duration value) {
    return new LlmSettings(
        provider,
        baseUrl,
        model,
        apiKey,
        value,
        maxRetries,
        requestsPerMinute,
        initialBackoff,
        maxBackoff,
        priceInputPerMillion,
        priceOutputPerMillion,
        temperature);
  }

  public LlmSettings withRetries(int value, Duration initial, Duration max) {
    return new LlmSettings(
        provider,
        baseUrl,
        model,
        apiKey,
        timeout,
        value,
        requestsPerMinute,
        initial,
        max,
        priceInputPerMillion,
        priceOutputPerMillion,
        temperature);
  }

  public LlmSettings withRequestsPerMinute(int value) {
    return new LlmSettings(
        provider,
        baseUrl,
        model,
        apiKey,
        timeout,
        maxRetries,
        value,
        initialBackoff,
        maxBackoff,
        priceInputPerMillion,
        priceOutputPerMillion,
        temperature);
  }

  public LlmSettings withPrices(BigDecimal inputPerMillion, BigDecimal outputPerMillion) {
    return new LlmSettings(
        provider,
        baseUrl,
        model,
        apiKey,
        timeout,
        maxRetries,
        requestsPerMinute,
        initialBackoff,
        maxBackoff,
        inputPerMillion,
        outputPerMillion,
        temperature);
  }

  public LlmSettings withTemperature(double value) {
    return new LlmSettings(
        provider,
        baseUrl,
        model,
        apiKey,
        timeout,
        maxRetries,
        requestsPerMinute,
        initialBackoff,
        maxBackoff,
        priceInputPerMillion,
        priceOutputPerMillion,
        value);
  }

  /** {@code provider:model}, e.g. {@code openai:gpt-4o-mini}: the generator's id in records. */
  public String id() {
    return provider.id() + ":" + model;
  }

  /** Everything but the key, which is only said to be set or not. */
  @Override
  public String toString() {
    return "LlmSettings[provider="
        + provider.id()
        + ", baseUrl="
        + baseUrl
        + ", model="
        + model
        + ", apiKey="
        + (apiKey == null ? "(none)" : "(set)")
        + ", timeout="
        + timeout
        + ", maxRetries="
        + maxRetries
        + ", requestsPerMinute="
        + requestsPerMinute
        + ", prices="
        + priceInputPerMillion
        + "/"
        + priceOutputPerMillion
        + " USD per million tokens, temperature="
        + temperature
        + "]";
  }

  /** Whether requests carry a temperature (it is not {@code NaN}). */
  public boolean hasTemperature() {
    return !Double.isNaN(temperature);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static double number(Map<String, String> env, String name, double dflt, double min) {
    String value = blankToNull(env.get(name));
    if (value == null) {
      return dflt;
    }
    double parsed;
    try {
      parsed = Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a number, was '" + value + "'", e);
    }
    if (!(parsed >= min) || Double.isInfinite(parsed)) {
      throw new IllegalArgumentException(name + " must be at least " + min + ", was " + value);
    }
    return parsed;
  }

  private static BigDecimal price(Map<String, String> env, String name) {
    String value = blankToNull(env.get(name));
    if (value == null) {
      return BigDecimal.ZERO;
    }
    try {
      BigDecimal price = new BigDecimal(value);
      if (price.signum() < 0) {
        throw new IllegalArgumentException(
            name + " must be a price in USD per million tokens, not negative: " + value);
      }
      return price;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          name + " must be a price in USD per million tokens, e.g. 0.15, was '" + value + "'", e);
    }
  }
}
