package dev.notes2omop.vocab.review.usagi;

/** A line of a Usagi file that cannot be read, as {@code FILE:LINE: what is wrong}. */
public final class UsagiFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int line;

  public UsagiFormatException(String file, int line, String message) {
    super(file + ":" + line + ": " + message);
    this.line = line;
  }

  /** The (1-based) line of the file. */
  public int line() {
    return line;
  }
}
