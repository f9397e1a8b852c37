package dev.notes2omop.plugin.serve;

/**
 * A delivery the receiver refuses: answered with {@link #status()} and an {@code OperationOutcome}
 * whose diagnostics are the message (never note text).
 */
final class BadDelivery extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String issueCode;

  BadDelivery(int status, String issueCode, String message) {
    super(message);
    this.status = status;
    this.issueCode = issueCode;
  }

  static BadDelivery invalid(String message) {
    return new BadDelivery(400, "invalid", message);
  }

  int status() {
    return status;
  }

  String issueCode() {
    return issueCode;
  }
}
