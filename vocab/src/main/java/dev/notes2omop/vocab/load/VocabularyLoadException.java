package dev.notes2omop.vocab.load;

/**
 * A vocabulary load that could not be done at all (unreadable directory or file, a header without a
 * required column, a database error). Nothing was changed: the load is one transaction. Malformed
 * rows are not exceptions: they are skipped and listed in the {@link LoadReport}.
 */
public class VocabularyLoadException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public VocabularyLoadException(String message) {
    super(message);
  }

  public VocabularyLoadException(String message, Throwable cause) {
    super(message, cause);
  }
}
