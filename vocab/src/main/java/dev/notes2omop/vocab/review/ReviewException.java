package dev.notes2omop.vocab.review;

/** A decision that cannot be recorded, with what was wrong and what to do. */
public final class ReviewException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What kind of problem it is, for callers that map it to a status (HTTP 404, 409, 400). */
  public enum Reason {
    /** The target concept is not in the vocabulary. */
    UNKNOWN_CONCEPT,
    /** The target concept exists but is not standard. */
    NON_STANDARD_CONCEPT,
    /** The request itself is invalid (empty term, unknown domain, ...). */
    INVALID_REQUEST,
    /** The database could not be read or written. */
    DATABASE
  }

  private final Reason reason;

  public ReviewException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public ReviewException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
