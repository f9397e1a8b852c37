package dev.notes2omop.vocab.load;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.postgresql.copy.CopyIn;

/**
 * Writes rows to a running {@code COPY ... FROM STDIN} in PostgreSQL's text format, in chunks, so
 * that no file is ever held in memory.
 */
final class CopyRowWriter {

  private static final int FLUSH_AT = 1 << 16;

  private final CopyIn copy;
  private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 1024);

  CopyRowWriter(CopyIn copy) {
    this.copy = copy;
  }

  /** Writes one row; a {@code null} value is SQL NULL. */
  void write(String[] values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        buffer.append('\t');
      }
      appendEscaped(values[i]);
    }
    buffer.append('\n');
    if (buffer.length() >= FLUSH_AT) {
      flush();
    }
  }

  /** Sends what is left and ends the COPY. */
  long finish() throws SQLException {
    flush();
    return copy.endCopy();
  }

  /** Abandons the COPY after an error. */
  void cancel() {
    try {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    } catch (SQLException ignored) {
      // the transaction is rolled back by the caller anyway
    }
  }

  private void flush() throws SQLException {
    if (buffer.length() > 0) {
      byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
      copy.writeToCopy(bytes, 0, bytes.length);
      buffer.setLength(0);
    }
  }

  private void appendEscaped(String value) {
    if (value == null) {
      buffer.append("\\N");
      return;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> buffer.append("\\\\");
        case '\t' -> buffer.append("\\t");
        case '\n' -> buffer.append("\\n");
        case '\r' -> buffer.append("\\r");
        default -> buffer.append(c);
      }
    }
  }
}
