package dev.notes2omop.omop.write;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Setting nullable statement parameters. */
final class Parameters {

  private Parameters() {}

  static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.INTEGER);
    } else {
      statement.setLong(index, value);
    }
  }

  /** {@code value}, or null when it is 0 (an optional concept that is absent). */
  static void setConceptOrNull(PreparedStatement statement, int index, int value)
      throws SQLException {
    if (value == 0) {
      statement.setNull(index, Types.INTEGER);
    } else {
      statement.setInt(index, value);
    }
  }

  static void setDate(PreparedStatement statement, int index, LocalDate value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.DATE);
    } else {
      statement.setObject(index, value);
    }
  }

  static void setDateTime(PreparedStatement statement, int index, LocalDateTime value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.TIMESTAMP);
    } else {
      statement.setObject(index, value);
    }
  }

  static void setDecimal(PreparedStatement statement, int index, BigDecimal value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.NUMERIC);
    } else {
      statement.setBigDecimal(index, value);
    }
  }
}
