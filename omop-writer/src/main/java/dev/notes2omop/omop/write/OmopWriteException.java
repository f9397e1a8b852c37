package dev.notes2omop.omop.write;

/**
 * Writing rows failed in the database; the transaction was rolled back, nothing is half-written.
 * The message names the note or person by its resource id, never by its text.
 */
public class OmopWriteException extends RuntimeException {

  public OmopWriteException(String message, Throwable cause) {
    super(message, cause);
  }
}
