package dev.notes2omop.trainer.synth.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LlmSettingsTest {

  @Test
  void readsTheEnvironment() {
    LlmSettings settings =
        LlmSettings.fromEnvironment(
            "openai",
            Map.of(
                "NOTES2OMOP_LLM_URL", "http://localhost:11434/v1/",
                "NOTES2OMOP_LLM_MODEL", "llama3.1:8b",
                "NOTES2OMOP_LLM_PRICE_INPUT", "0.15",
                "NOTES2OMOP_LLM_PRICE_OUTPUT", "0.6",
                "NOTES2OMOP_LLM_TIMEOUT_SECONDS", "30",
                "NOTES2OMOP_LLM_MAX_RETRIES", "2",
                "NOTES2OMOP_LLM_REQUESTS_PER_MINUTE", "500",
                "NOTES2OMOP_LLM_TEMPERATURE", "0.2"));

    assertThat(settings.provider()).isEqualTo(LlmProvider.OPENAI);
    assertThat(settings.baseUrl()).isEqualTo(URI.create("http://localhost:11434/v1"));
    assertThat(settings.apiKey()).isNull();
    assertThat(settings.priceInputPerMillion()).isEqualByComparingTo("0.15");
    assertThat(settings.priceOutputPerMillion()).isEqualByComparingTo("0.60");
    assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(settings.maxRetries()).isEqualTo(2);
    assertThat(settings.requestsPerMinute()).isEqualTo(500);
    assertThat(settings.temperature()).isEqualTo(0.2);
    assertThat(settings.id()).isEqualTo("openai:llama3.1:8b");
  }

  @Test
  void defaultsToTheHostedApis() {
    Map<String, String> env = Map.of("NOTES2OMOP_LLM_MODEL", "m", "NOTES2OMOP_LLM_API_KEY", "k");

    assertThat(LlmSettings.fromEnvironment("openai", env).baseUrl())
        .isEqualTo(URI.create("https://api.openai.com/v1"));
    assertThat(LlmSettings.fromEnvironment("GEMINI", env).baseUrl())
        .isEqualTo(URI.create("https://generativelanguage.googleapis.com/v1beta"));
    LlmSettings defaults = LlmSettings.fromEnvironment("openai", env);
    assertThat(defaults.priceInputPerMillion()).isZero();
    assertThat(defaults.requestsPerMinute()).isEqualTo(60);
    assertThat(defaults.hasTemperature()).isTrue();
    Map<String, String> serverDefault = new java.util.HashMap<>(env);
    serverDefault.put("NOTES2OMOP_LLM_TEMPERATURE", "default");
    assertThat(LlmSettings.fromEnvironment("openai", serverDefault).hasTemperature()).isFalse();
  }

  @Test
  void namesTheMissingModelVariable() {
    assertThatThrownBy(() -> LlmSettings.fromEnvironment("gemini", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("NOTES2OMOP_LLM_MODEL is not set")
        .hasMessageContaining("gemini");
  }

  @Test
  void needsAKeyForTheHostedApiOnly() {
    assertThatThrownBy(
            () ->
                LlmSettings.fromEnvironment(
                    "openai", Map.of("NOTES2OMOP_LLM_MODEL", "gpt-4o-mini")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("NOTES2OMOP_LLM_API_KEY is not set");
  }

  @Test
  void rejectsBadValuesByName() {
    Map<String, String> env =
        Map.of(
            "NOTES2OMOP_LLM_MODEL", "m",
            "NOTES2OMOP_LLM_URL", "http://127.0.0.1:8080/v1",
            "NOTES2OMOP_LLM_PRICE_INPUT", "cheap");

    assertThatThrownBy(() -> LlmSettings.fromEnvironment("openai", env))
        .hasMessageContaining("NOTES2OMOP_LLM_PRICE_INPUT")
        .hasMessageContaining("'cheap'");
    assertThatThrownBy(() -> LlmSettings.fromEnvironment("claude", env))
        .hasMessageContaining("unknown LLM provider 'claude'");
    assertThatThrownBy(
            () ->
                LlmSettings.fromEnvironment(
                    "openai",
                    Map.of("NOTES2OMOP_LLM_MODEL", "m", "NOTES2OMOP_LLM_URL", "ftp://x/y")))
        .hasMessageContaining("NOTES2OMOP_LLM_URL must be an http or https URL");
  }

  @Test
  void keepsTheKeyOutOfToString() {
    LlmSettings settings =
        LlmSettings.fromEnvironment(
            "openai", Map.of("NOTES2OMOP_LLM_MODEL", "m", "NOTES2OMOP_LLM_API_KEY", "sk-secret"));

    assertThat(settings.toString()).doesNotContain("sk-secret").contains("apiKey=(set)");
  }
}
