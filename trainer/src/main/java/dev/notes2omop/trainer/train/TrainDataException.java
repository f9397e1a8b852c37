package dev.notes2omop.trainer.train;

/** A training data set that cannot be read: a missing split or a malformed line (FILE:LINE). */
public final class TrainDataException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public TrainDataException(String message) {
    super(message);
  }

  public TrainDataException(String message, Throwable cause) {
    super(message, cause);
  }
}
