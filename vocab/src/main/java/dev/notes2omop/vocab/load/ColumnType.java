package dev.notes2omop.vocab.load;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** The kinds of CDM column a vocabulary value is checked and normalised for before COPY. */
enum ColumnType {
  INTEGER,
  BIGINT,
  NUMERIC,
  DATE,
  TIMESTAMP,
  TEXT;

  /** The kind of a PostgreSQL {@code information_schema.columns.data_type}. */
  static ColumnType of(String dataType) {
    String type = dataType.toLowerCase(Locale.ROOT);
    return switch (type) {
      case "integer", "smallint" -> INTEGER;
      case "bigint" -> BIGINT;
      case "numeric", "double precision", "real" -> NUMERIC;
      case "date" -> DATE;
      default -> type.startsWith("timestamp") ? TIMESTAMP : TEXT;
    };
  }

  /**
   * The value in the form COPY expects.
   *
   * @throws IllegalArgumentException with the reason when the value does not fit the column
   */
  String normalise(String raw, int maxLength) {
    switch (this) {
      case INTEGER -> {
        long value = parseLong(raw);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
          throw new IllegalArgumentException("'" + shorten(raw) + "' is out of the integer range");
        }
        return Long.toString(value);
      }
      case BIGINT -> {
        return Long.toString(parseLong(raw));
      }
      case NUMERIC -> {
        try {
          return new BigDecimal(raw.strip()).toPlainString();
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("'" + shorten(raw) + "' is not a number", e);
        }
      }
      case DATE -> {
        return parseDate(raw).toString();
      }
      case TIMESTAMP -> {
        String value = raw.strip();
        if (value.length() <= 10) {
          return parseDate(value).atStartOfDay().toString();
        }
        try {
          return LocalDateTime.parse(value.replace(' ', 'T')).toString();
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException("'" + shorten(raw) + "' is not a date and time", e);
        }
      }
      default -> {
        if (raw.indexOf('\0') >= 0) {
          throw new IllegalArgumentException("a NUL character in the value");
        }
        if (maxLength > 0 && raw.codePointCount(0, raw.length()) > maxLength) {
          throw new IllegalArgumentException(
              "value longer than " + maxLength + " characters: '" + shorten(raw) + "'");
        }
        return raw;
      }
    }
  }

  private static long parseLong(String raw) {
    try {
      return Long.parseLong(raw.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + shorten(raw) + "' is not an integer", e);
    }
  }

  /** Dates as Athena writes them ({@code yyyyMMdd}) or ISO ({@code yyyy-MM-dd}). */
  static LocalDate parseDate(String raw) {
    String value = raw.strip();
    try {
      if (value.length() == 8 && value.chars().allMatch(Character::isDigit)) {
        return LocalDate.of(
            Integer.parseInt(value.substring(0, 4)),
            Integer.parseInt(value.substring(4, 6)),
            Integer.parseInt(value.substring(6, 8)));
      }
      return LocalDate.parse(value);
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException(
          "'" + shorten(raw) + "' is not a date (yyyyMMdd or yyyy-MM-dd)", e);
    }
  }

  static String shorten(String value) {
    return value.length() <= 40 ? value : value.substring(0, 37) + "...";
  }
}
