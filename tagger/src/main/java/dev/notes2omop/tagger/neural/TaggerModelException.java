package dev.notes2omop.tagger.neural;

/** The DJL tagger model could not be built, run, saved or loaded. */
public final class TaggerModelException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public TaggerModelException(String message, Throwable cause) {
    super(message, cause);
  }

  public TaggerModelException(String message) {
    super(message);
  }
}
