package dev.notes2omop.fhir.bulk;

import java.io.Serializable;
import java.util.Objects;

/**
 * One resource of a bulk file, not parsed yet: an NDJSON line, or the whole of a {@code .json} file
 * (line 1). What a distributed run moves between tasks before {@link BulkLines#parse} turns it into
 * items.
 *
 * @param file the file's name, as reported
 * @param number its line number, from 1
 * @param text its text, or {@code null} when it was longer than the limit
 * @param droppedBytes how long it was when it was too long, else 0
 */
public record RawLine(String file, long number, String text, long droppedBytes)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public RawLine {
    Objects.requireNonNull(file, "file");
  }

  /** Whether it was longer than the reader's limit (its text was dropped). */
  public boolean tooLong() {
    return text == null;
  }
}
