package dev.notes2omop.omop.write;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.postgresql.PGConnection;

/**
 * The rows of one table for one {@code COPY ... FROM STDIN} in PostgreSQL's text format, built in
 * memory (one batch of notes) and sent in one round trip. Fields are added in column order; {@link
 * #endRow} closes a row.
 */
final class CopyBuffer {

  private final String copySql;
  private final StringBuilder text = new StringBuilder(4096);
  private boolean rowStarted;
  private int rows;

  /**
   * @param table the qualified table name
   * @param columns its columns, comma-separated, in the order the fields are added
   */
  CopyBuffer(String table, String columns) {
    this.copySql = "COPY " + table + " (" + columns + ") FROM STDIN";
  }

  CopyBuffer add(String value) {
    separate();
    if (value == null) {
      text.append("\\N");
      return this;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> text.append("\\\\");
        case '\t' -> text.append("\\t");
        case '\n' -> text.append("\\n");
        case '\r' -> text.append("\\r");
        default -> text.append(c);
      }
    }
    return this;
  }

  CopyBuffer add(long value) {
    separate();
    text.append(value);
    return this;
  }

  CopyBuffer add(Long value) {
    return value == null ? add((String) null) : add(value.longValue());
  }

  /** An optional concept: NULL when 0. */
  CopyBuffer addConceptOrNull(int value) {
    return value == 0 ? add((String) null) : add(value);
  }

  CopyBuffer add(LocalDate value) {
    return add(value == null ? null : value.toString());
  }

  CopyBuffer add(LocalDateTime value) {
    return add(value == null ? null : value.toString());
  }

  CopyBuffer add(BigDecimal value) {
    return add(value == null ? null : value.toPlainString());
  }

  void endRow() {
    text.append('\n');
    rowStarted = false;
    rows++;
  }

  int rows() {
    return rows;
  }

  /** Sends the rows (nothing when there are none). */
  void copy(Connection connection) throws SQLException {
    if (rows == 0) {
      return;
    }
    try (Reader reader = new StringReader(text.toString())) {
      connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql, reader);
    } catch (IOException e) {
      throw new SQLException("COPY to the database failed: " + e.getMessage(), e);
    }
  }

  private void separate() {
    if (rowStarted) {
      text.append('\t');
    }
    rowStarted = true;
  }
}
