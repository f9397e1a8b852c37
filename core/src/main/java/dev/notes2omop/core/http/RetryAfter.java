package dev.notes2omop.core.http;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/** The wait an HTTP {@code Retry-After} header asks for. */
public final class RetryAfter {

  private static final Pattern SECONDS = Pattern.compile("\\d{1,9}(\\.\\d{1,3})?");

  private RetryAfter() {}

  /**
   * The wait {@code value} asks for: seconds (a decimal fraction is accepted) or an HTTP date; zero
   * for a date in the past, at most {@code cap}; empty when it is neither.
   */
  public static Optional<Duration> parse(String value, Duration cap) {
    String text = value.strip();
    Duration wait;
    if (SECONDS.matcher(text).matches()) {
      wait = Duration.ofMillis(Math.round(Double.parseDouble(text) * 1000));
    } else {
      try {
        ZonedDateTime at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
        wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    if (wait.isNegative()) {
      return Optional.of(Duration.ZERO);
    }
    return Optional.of(wait.compareTo(cap) > 0 ? cap : wait);
  }
}
