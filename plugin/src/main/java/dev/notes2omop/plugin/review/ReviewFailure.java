package dev.notes2omop.plugin.review;

/** The page could not read or write the database: a bug or an outage, shown as a 500. */
final class ReviewFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  ReviewFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
