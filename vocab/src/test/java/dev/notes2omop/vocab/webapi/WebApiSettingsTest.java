package dev.notes2omop.vocab.webapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WebApiSettingsTest {

  private static final URI BASE = URI.create("https://atlas.example.org/WebAPI");
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  @Test
  void dropsTrailingSlashesFromTheBaseUrl() {
    WebApiSettings settings =
        new WebApiSettings(
            URI.create("https://atlas.example.org/WebAPI//"), "CDM", null, TIMEOUT, 1);

    assertThat(settings.baseUrl()).isEqualTo(BASE);
  }

  @Test
  void rejectsMissingOrRelativeOrNonHttpBaseUrl() {
    assertThatThrownBy(() -> new WebApiSettings(null, "CDM", null, TIMEOUT, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("base URL is not set");
    assertThatThrownBy(() -> new WebApiSettings(URI.create("/WebAPI"), "CDM", null, TIMEOUT, 1))
        .hasMessageContaining("absolute http or https URL")
        .hasMessageContaining("'/WebAPI'");
    assertThatThrownBy(
            () -> new WebApiSettings(URI.create("ftp://host/WebAPI"), "CDM", null, TIMEOUT, 1))
        .hasMessageContaining("absolute http or https URL");
  }

  @Test
  void rejectsCredentialsAndQueryInTheBaseUrl() {
    assertThatThrownBy(
            () ->
                new WebApiSettings(
                    URI.create("https://user:pw@host/WebAPI"), "CDM", null, TIMEOUT, 1))
        .hasMessageContaining("must not carry credentials")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("pw"));
    assertThatThrownBy(
            () ->
                new WebApiSettings(URI.create("https://host/WebAPI?x=1"), "CDM", null, TIMEOUT, 1))
        .hasMessageContaining("must not have a query");
  }

  @Test
  void rejectsBlankSourceKeyNamingWhereToFindOne() {
    assertThatThrownBy(() -> new WebApiSettings(BASE, " ", null, TIMEOUT, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("source key is not set")
        .hasMessageContaining(BASE + "/source/sources");
  }

  @Test
  void rejectsBlankTokenNonPositiveTimeoutAndOutOfRangeRetries() {
    assertThatThrownBy(() -> new WebApiSettings(BASE, "CDM", "", TIMEOUT, 1))
        .hasMessageContaining("bearer token is blank");
    assertThatThrownBy(() -> new WebApiSettings(BASE, "CDM", null, Duration.ZERO, 1))
        .hasMessageContaining("timeout must be positive, was PT0S");
    assertThatThrownBy(() -> new WebApiSettings(BASE, "CDM", null, null, 1))
        .hasMessageContaining("timeout must be positive, was null");
    assertThatThrownBy(() -> new WebApiSettings(BASE, "CDM", null, TIMEOUT, -1))
        .hasMessageContaining("maxRetries must be between 0 and 10, was -1");
    assertThatThrownBy(() -> new WebApiSettings(BASE, "CDM", null, TIMEOUT, 11))
        .hasMessageContaining("was 11");
  }

  @Test
  void toStringMasksTheToken() {
    WebApiSettings settings = new WebApiSettings(BASE, "CDM", "s3cr3t-token", TIMEOUT, 2);

    assertThat(settings.toString()).doesNotContain("s3cr3t").contains("bearerToken=***");
    assertThat(WebApiSettings.of(BASE, "CDM").toString()).contains("bearerToken=none");
  }
}
