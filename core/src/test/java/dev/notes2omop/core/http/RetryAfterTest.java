package dev.notes2omop.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

  private static final Duration CAP = Duration.ofSeconds(30);

  @Test
  void readsSecondsAndCapsThem() {
    assertThat(RetryAfter.parse(" 2 ", CAP)).contains(Duration.ofSeconds(2));
    assertThat(RetryAfter.parse("1.5", CAP)).contains(Duration.ofMillis(1500));
    assertThat(RetryAfter.parse("3600", CAP)).contains(CAP);
  }

  @Test
  void readsHttpDates() {
    String past =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            ZonedDateTime.now(ZoneOffset.UTC).minusHours(1));
    String inAMinute =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(62));

    assertThat(RetryAfter.parse(past, CAP)).contains(Duration.ZERO);
    assertThat(RetryAfter.parse(inAMinute, Duration.ofMinutes(10)).orElseThrow())
        .isBetween(Duration.ofSeconds(55), Duration.ofSeconds(62));
  }

  @Test
  void rejectsAnythingElse() {
    assertThat(RetryAfter.parse("soon", CAP)).isEmpty();
    assertThat(RetryAfter.parse("-5", CAP)).isEmpty();
    assertThat(RetryAfter.parse("NaN", CAP)).isEmpty();
  }
}
