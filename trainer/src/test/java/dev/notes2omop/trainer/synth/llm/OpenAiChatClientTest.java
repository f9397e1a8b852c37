package dev.notes2omop.trainer.synth.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes2omop.trainer.synth.TutorException;
import dev.notes2omop.trainer.synth.llm.FakeLlmServer.Reply;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpenAiChatClientTest {

  private static final String KEY = "sk-test-secret-0123456789";
  private static final List<ChatMessage> MESSAGES =
      List.of(ChatMessage.system("Eres un generador."), ChatMessage.user("Escribe un registro."));

  private FakeLlmServer server;

  @BeforeEach
  void startServer() throws Exception {
    server = FakeLlmServer.start();
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  /** Settings for tests: short timeout and backoff, no rate limit. */
  static LlmSettings settings(FakeLlmServer server, LlmProvider provider, String path) {
    return LlmSettings.of(provider, server.url(path), "test-model", KEY)
        .withTimeout(Duration.ofSeconds(5)) // generous: a loaded machine answered late at 300 ms
        .withRetries(2, Duration.ofMillis(10), Duration.ofMillis(40))
        .withRequestsPerMinute(0)
        .withPrices(new BigDecimal("0.15"), new BigDecimal("0.60"));
  }

  private OpenAiChatClient client(UsageMeter meter) {
    return new OpenAiChatClient(settings(server, LlmProvider.OPENAI, "/v1"), meter);
  }

  @Test
  void sendsChatCompletionAndCountsUsage() {
    server.enqueue(Reply.ok(FakeLlmServer.openAiAnswer("{\"records\": []}", 1_234_567, 234_567)));
    UsageMeter meter = new UsageMeter();

    ChatResponse response = client(meter).complete(MESSAGES, true);

    assertThat(response.content()).isEqualTo("{\"records\": []}");
    assertThat(response.inputTokens()).isEqualTo(1_234_567);
    assertThat(response.finishReason()).isEqualTo("stop");
    FakeLlmServer.Received request = server.requests().get(0);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/v1/chat/completions");
    assertThat(request.headers()).containsEntry("authorization", "Bearer " + KEY);
    assertThat(request.json().path("model").asText()).isEqualTo("test-model");
    assertThat(request.json().path("temperature").asDouble()).isEqualTo(0.7);
    assertThat(request.json().path("messages").get(0).path("role").asText()).isEqualTo("system");
    assertThat(request.json().path("messages").get(1).path("content").asText())
        .isEqualTo("Escribe un registro.");
    assertThat(request.json().path("response_format").path("type").asText())
        .isEqualTo("json_object");
    // 1.234567 M x $0.15 + 0.234567 M x $0.60 = $0.3259...
    CostReport cost = meter.report(settings(server, LlmProvider.OPENAI, "/v1"));
    assertThat(cost.costCents()).isEqualByComparingTo("0.33");
    assertThat(cost).hasToString("1,234,567 input + 234,567 output tokens in 1 request: $0.33");
  }

  @Test
  void omitsJsonFormatAndKeyWhenNotWanted() {
    server.enqueue(Reply.ok(FakeLlmServer.openAiAnswer("hola", 3, 1)));
    LlmSettings keyless =
        LlmSettings.of(LlmProvider.OPENAI, server.url("/v1/"), "llama3.1:8b", null)
            .withRequestsPerMinute(0)
            .withTemperature(Double.NaN);

    ChatResponse response =
        new OpenAiChatClient(keyless, new UsageMeter()).complete(MESSAGES, false);

    assertThat(response.content()).isEqualTo("hola");
    FakeLlmServer.Received request = server.requests().get(0);
    assertThat(request.path()).isEqualTo("/v1/chat/completions");
    assertThat(request.headers()).doesNotContainKey("authorization");
    assertThat(request.json().has("response_format")).isFalse();
    assertThat(request.json().has("temperature")).isFalse();
  }

  @Test
  void retriesAfter429HonouringRetryAfter() {
    server.enqueue(
        Reply.status(429, "{\"error\": {\"message\": \"Rate limit reached\"}}")
            .withHeader("Retry-After", "1"),
        Reply.ok(FakeLlmServer.openAiAnswer("{}", 10, 5)));
    UsageMeter meter = new UsageMeter();
    long started = System.nanoTime();

    ChatResponse response = client(meter).complete(MESSAGES, true);

    long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
    assertThat(response.content()).isEqualTo("{}");
    // the backoff alone would have waited 10 ms
    assertThat(elapsedMillis).isGreaterThanOrEqualTo(950);
    assertThat(server.requests()).hasSize(2);
    assertThat(meter.retries()).isEqualTo(1);
    assertThat(meter.requests()).isEqualTo(1);
    assertThat(meter.inputTokens()).isEqualTo(10);
  }

  @Test
  void retriesServerErrorsWithBackoff() {
    server.enqueue(
        Reply.status(500, "oops"),
        Reply.status(503, "busy"),
        Reply.ok(FakeLlmServer.openAiAnswer("{}", 1, 1)));
    UsageMeter meter = new UsageMeter();

    assertThat(client(meter).complete(MESSAGES, true).content()).isEqualTo("{}");
    assertThat(meter.retries()).isEqualTo(2);
  }

  @Test
  void failsAfterRetriesWhenTheServerNeverAnswers() {
    server.enqueue(Reply.hanging(), Reply.hanging(), Reply.hanging());
    UsageMeter meter = new UsageMeter();
    long started = System.nanoTime();

    OpenAiChatClient client =
        new OpenAiChatClient(
            settings(server, LlmProvider.OPENAI, "/v1").withTimeout(Duration.ofMillis(300)), meter);

    assertThatThrownBy(() -> client.complete(MESSAGES, true))
        .isInstanceOf(TutorException.class)
        .hasMessageContaining("failed after 3 attempts")
        .hasMessageContaining("no answer within 300 ms");

    // three timeouts of 300 ms cannot take less; no upper bound (tests do not time)
    long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
    assertThat(elapsedMillis).isGreaterThanOrEqualTo(900L);
    assertThat(server.requests()).hasSize(3);
    assertThat(meter.retries()).isEqualTo(2);
    assertThat(meter.requests()).isZero();
  }

  @Test
  void doesNotRetry401AndKeepsTheKeyOutOfTheMessage() {
    server.enqueue(
        Reply.status(
            401,
            "{\"error\": {\"message\": \"Incorrect API key provided: "
                + KEY
                + "\", \"type\": \"invalid_request_error\"}}"));
    UsageMeter meter = new UsageMeter();

    assertThatThrownBy(() -> client(meter).complete(MESSAGES, true))
        .isInstanceOf(TutorException.class)
        .hasMessageContaining("HTTP 401")
        .hasMessageContaining("Incorrect API key provided")
        .hasMessageContaining(LlmSettings.ENV_API_KEY)
        .hasMessageNotContaining(KEY);
    assertThat(server.requests()).hasSize(1);
    assertThat(meter.retries()).isZero();
  }

  @Test
  void rejectsAnAnswerThatIsNotJson() {
    server.enqueue(Reply.ok("<html>proxy error</html>"));

    assertThatThrownBy(() -> client(new UsageMeter()).complete(MESSAGES, true))
        .isInstanceOf(TutorException.class)
        .hasMessageContaining("not a JSON object")
        .hasMessageContaining("<html>proxy error</html>");
  }

  @Test
  void failsClearlyWhenNothingListens() throws Exception {
    LlmSettings settings = settings(server, LlmProvider.OPENAI, "/v1");
    server.close();

    assertThatThrownBy(
            () -> new OpenAiChatClient(settings, new UsageMeter()).complete(MESSAGES, true))
        .isInstanceOf(TutorException.class)
        .hasMessageContaining("failed after 3 attempts")
        .hasMessageContaining("connection failed");
  }
}
