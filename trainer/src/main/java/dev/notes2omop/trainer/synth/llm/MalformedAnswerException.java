package dev.notes2omop.trainer.synth.llm;

/** A model's answer cannot be read as the JSON the prompt asked for; the request may be retried. */
final class MalformedAnswerException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String reason;

  /**
   * @param reason a short, countable reason such as {@code not-json}
   * @param detail what was wrong, for the log
   */
  MalformedAnswerException(String reason, String detail) {
    super(reason + ": " + detail);
    this.reason = reason;
  }

  /** E.g. {@code not-json}, {@code no-records}. */
  String reason() {
    return reason;
  }
}
