package dev.notes2omop.fhir;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** FHIR {@code date}, {@code dateTime} and {@code instant} strings, taken as written. */
final class FhirDates {

  private static final Pattern PARTIAL_DATE =
      Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  private FhirDates() {}

  /**
   * A note's date and, when the value has a time, its local date-time in the value's own offset.
   *
   * @param date the day (the first day of the month or year for a partial date)
   * @param dateTime the local date-time, or {@code null} for a date without time
   */
  record NoteDate(LocalDate date, LocalDateTime dateTime) {}

  /**
   * A possibly partial date: {@code 1956}, {@code 1956-03} or {@code 1956-03-14}.
   *
   * @param year the year
   * @param month the month (1-12) or {@code null}
   * @param day the day of month or {@code null}
   */
  record PartialDate(int year, Integer month, Integer day) {}

  /** Parses a FHIR date, dateTime or instant; {@code null} when absent or not valid. */
  static NoteDate noteDate(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.indexOf('T') >= 0) {
      try {
        LocalDateTime local = OffsetDateTime.parse(value).toLocalDateTime();
        return new NoteDate(local.toLocalDate(), local);
      } catch (DateTimeParseException withoutOffset) {
        try {
          LocalDateTime local = LocalDateTime.parse(value);
          return new NoteDate(local.toLocalDate(), local);
        } catch (DateTimeParseException e) {
          return null;
        }
      }
    }
    PartialDate partial = partialDate(value);
    if (partial == null) {
      return null;
    }
    LocalDate date =
        LocalDate.of(
            partial.year(),
            partial.month() == null ? 1 : partial.month(),
            partial.day() == null ? 1 : partial.day());
    return new NoteDate(date, null);
  }

  /** Parses a possibly partial FHIR date; {@code null} when absent or not valid. */
  static PartialDate partialDate(String value) {
    if (value == null) {
      return null;
    }
    Matcher m = PARTIAL_DATE.matcher(value);
    if (!m.matches()) {
      return null;
    }
    int year = Integer.parseInt(m.group(1));
    Integer month = m.group(2) == null ? null : Integer.valueOf(m.group(2));
    Integer day = m.group(3) == null ? null : Integer.valueOf(m.group(3));
    try {
      LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    } catch (DateTimeException e) {
      return null;
    }
    return new PartialDate(year, month, day);
  }
}
