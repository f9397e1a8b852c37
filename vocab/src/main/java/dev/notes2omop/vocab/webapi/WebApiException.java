package dev.notes2omop.vocab.webapi;

import java.net.URI;

/**
 * A WebAPI request that failed: an error status, no answer after the retries, or a body that is not
 * the JSON expected. The message names the status, the URL (never the token) and a short excerpt of
 * the body.
 */
public class WebApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** {@link #status()} when no HTTP response was received (connection error, timeout). */
  public static final int NO_RESPONSE = -1;

  private final int status;
  private final URI uri;

  WebApiException(String message, int status, URI uri, Throwable cause) {
    super(message, cause);
    this.status = status;
    this.uri = uri;
  }

  /** The HTTP status of the last response, or {@link #NO_RESPONSE}. */
  public int status() {
    return status;
  }

  /** The URL requested. */
  public URI uri() {
    return uri;
  }
}
