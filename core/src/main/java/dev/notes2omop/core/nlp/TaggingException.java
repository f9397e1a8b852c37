package dev.notes2omop.core.nlp;

/**
 * A tagger could not tag a note: its model or engine failed (for example scores that are not
 * finite), not the note. The message names what failed, never the note's text; the note is not
 * written and may be tried again.
 */
public class TaggingException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public TaggingException(String message) {
    super(message);
  }

  public TaggingException(String message, Throwable cause) {
    super(message, cause);
  }
}
