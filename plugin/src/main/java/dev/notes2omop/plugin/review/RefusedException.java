package dev.notes2omop.plugin.review;

/**
 * A request the page refuses, with a message for the steward saying what was wrong and what to do;
 * nothing was changed.
 */
public final class RefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RefusedException(String message) {
    super(message);
  }
}
