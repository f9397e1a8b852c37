package dev.notes2omop.trainer.synth;

/** A tutor or validator could not do its work (unreachable service, retries exhausted, ...). */
public class TutorException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public TutorException(String message) {
    super(message);
  }

  public TutorException(String message, Throwable cause) {
    super(message, cause);
  }
}
