package dev.notes2omop.fhir.client;

/**
 * A FHIR server did not answer as expected. {@link #transientFailure()} tells whether trying again
 * later may help (the server unreachable, 429 or 5xx) or not (any other 4xx, a malformed answer).
 */
public class FhirClientException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final boolean transientFailure;

  public FhirClientException(String message, boolean transientFailure, Throwable cause) {
    super(message, cause);
    this.transientFailure = transientFailure;
  }

  public boolean transientFailure() {
    return transientFailure;
  }
}
