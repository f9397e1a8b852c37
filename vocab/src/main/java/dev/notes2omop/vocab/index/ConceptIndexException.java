package dev.notes2omop.vocab.index;

/** The concept index cannot be built or opened; the message says why and what to do. */
public class ConceptIndexException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ConceptIndexException(String message, Throwable cause) {
    super(message, cause);
  }

  public ConceptIndexException(String message) {
    super(message);
  }
}
