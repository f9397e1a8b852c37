package dev.notes2omop.vocab.webapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/** The small rules under the client: dates, Retry-After, backoff, path segments. */
class WebApiWireTest {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  @Test
  void readsDatesInEveryShapeWebApiVersionsUse() {
    LocalDate date = LocalDate.of(2002, 1, 31);
    long millis = date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();

    assertThat(WebApiJson.date(JSON.numberNode(millis))).isEqualTo(date);
    assertThat(WebApiJson.date(JSON.textNode(Long.toString(millis)))).isEqualTo(date);
    assertThat(WebApiJson.date(JSON.textNode("2002-01-31"))).isEqualTo(date);
    assertThat(WebApiJson.date(JSON.textNode("2002-01-31T00:00:00.000+0000"))).isEqualTo(date);
    assertThat(WebApiJson.date(JSON.textNode("20020131"))).isEqualTo(date);
    assertThat(WebApiJson.date(JSON.textNode("31/01/2002"))).isNull();
    assertThat(WebApiJson.date(JSON.textNode("2002-02-31"))).isNull();
    assertThat(WebApiJson.date(JSON.nullNode())).isNull();
  }

  @Test
  void retryAfterInSecondsOrAsDateIsCapped() {
    assertThat(WebApiHttp.parseRetryAfter("1")).contains(Duration.ofSeconds(1));
    assertThat(WebApiHttp.parseRetryAfter("3600")).contains(WebApiHttp.MAX_RETRY_AFTER);
    assertThat(WebApiHttp.parseRetryAfter("soon")).isEmpty();
    String past =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            ZonedDateTime.now(ZoneOffset.UTC).minusHours(1));
    assertThat(WebApiHttp.parseRetryAfter(past)).contains(Duration.ZERO);
    String inTenSeconds =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(10));
    assertThat(WebApiHttp.parseRetryAfter(inTenSeconds).orElseThrow())
        .isBetween(Duration.ofSeconds(8), Duration.ofSeconds(10));
  }

  @Test
  void backoffDoublesUpToTheCapWithBoundedJitter() {
    assertThat(WebApiHttp.backoff(1)).isBetween(Duration.ofMillis(200), Duration.ofMillis(250));
    assertThat(WebApiHttp.backoff(2)).isBetween(Duration.ofMillis(400), Duration.ofMillis(500));
    assertThat(WebApiHttp.backoff(3)).isBetween(Duration.ofMillis(800), Duration.ofMillis(1000));
    assertThat(WebApiHttp.backoff(30))
        .isBetween(WebApiHttp.MAX_BACKOFF, WebApiHttp.MAX_BACKOFF.multipliedBy(5).dividedBy(4));
  }

  @Test
  void pathSegmentsArePercentEncoded() {
    assertThat(WebApiClient.segment("MY SITE")).isEqualTo("MY%20SITE");
    assertThat(WebApiClient.segment("a/b?c#d")).isEqualTo("a%2Fb%3Fc%23d");
    assertThat(WebApiClient.segment("CDMÑ")).isEqualTo("CDM%C3%91");
  }

  @Test
  void excerptIsOneShortLine() {
    assertThat(WebApiHttp.excerpt("  {\n  \"a\":\t1\n}  ")).isEqualTo("{ \"a\": 1 }");
    assertThat(WebApiHttp.excerpt("x".repeat(500))).hasSize(203).endsWith("...");
    assertThat(WebApiHttp.excerpt("")).isEqualTo("(empty)");
  }
}
