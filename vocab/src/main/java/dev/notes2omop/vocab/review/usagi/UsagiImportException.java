package dev.notes2omop.vocab.review.usagi;

import java.util.List;

/**
 * A Usagi file that was not imported because some of its lines are wrong; nothing was written. Each
 * error reads {@code FILE:LINE: what is wrong}.
 */
public final class UsagiImportException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** How many errors the message lists; {@link #errors()} has them all. */
  static final int LISTED = 20;

  private final List<String> errors;

  public UsagiImportException(String file, List<String> errors) {
    super(message(file, errors));
    this.errors = List.copyOf(errors);
  }

  public List<String> errors() {
    return errors;
  }

  private static String message(String file, List<String> errors) {
    StringBuilder sb =
        new StringBuilder(file)
            .append(" was not imported: ")
            .append(errors.size())
            .append(errors.size() == 1 ? " error" : " errors")
            .append(", nothing was written");
    errors.stream().limit(LISTED).forEach(e -> sb.append('\n').append("  ").append(e));
    if (errors.size() > LISTED) {
      sb.append("\n  ... and ").append(errors.size() - LISTED).append(" more");
    }
    return sb.toString();
  }
}
