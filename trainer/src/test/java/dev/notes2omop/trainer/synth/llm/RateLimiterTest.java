package dev.notes2omop.trainer.synth.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  @Test
  void spacesRequestsEvenly() throws Exception {
    RateLimiter limiter = new RateLimiter(600); // one every 100 ms
    long started = System.nanoTime();

    for (int i = 0; i < 4; i++) {
      limiter.acquire();
    }

    long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
    assertThat(elapsedMillis).isBetween(290L, 2_000L);
  }

  @Test
  void doesNotWaitWithoutALimit() throws Exception {
    RateLimiter limiter = new RateLimiter(0);
    long started = System.nanoTime();

    for (int i = 0; i < 1000; i++) {
      limiter.acquire();
    }

    assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(200);
  }

  @Test
  void readsRetryAfterAsSecondsOrDate() {
    assertThat(LlmHttp.retryAfter("2")).isEqualTo(Duration.ofSeconds(2));
    assertThat(LlmHttp.retryAfter("3600")).isEqualTo(Duration.ofMinutes(10));
    String inAMinute =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(60));
    assertThat(LlmHttp.retryAfter(inAMinute))
        .isBetween(Duration.ofSeconds(55), Duration.ofSeconds(61));
    assertThat(LlmHttp.retryAfter("soon")).isNull();
  }
}
