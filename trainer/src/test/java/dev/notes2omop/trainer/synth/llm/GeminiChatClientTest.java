package dev.notes2omop.trainer.synth.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes2omop.trainer.synth.TutorException;
import dev.notes2omop.trainer.synth.llm.FakeLlmServer.Reply;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GeminiChatClientTest {

  private FakeLlmServer server;

  @BeforeEach
  void startServer() throws Exception {
    server = FakeLlmServer.start();
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  private GeminiChatClient client(UsageMeter meter) {
    return new GeminiChatClient(
        OpenAiChatClientTest.settings(server, LlmProvider.GEMINI, "/v1beta"), meter);
  }

  @Test
  void sendsGenerateContentAndJoinsTheParts() {
    server.enqueue(Reply.ok(FakeLlmServer.geminiAnswer("{\"records\": []}", 2_000_000, 500_000)));
    UsageMeter meter = new UsageMeter();

    ChatResponse response =
        client(meter)
            .complete(
                List.of(
                    ChatMessage.system("Instrucciones."),
                    ChatMessage.user("Pregunta."),
                    ChatMessage.assistant("Respuesta."),
                    ChatMessage.user("Otra.")),
                true);

    assertThat(response.content()).isEqualTo("{\"records\": []}");
    assertThat(response.finishReason()).isEqualTo("STOP");
    FakeLlmServer.Received request = server.requests().get(0);
    assertThat(request.path()).isEqualTo("/v1beta/models/test-model:generateContent");
    assertThat(request.headers()).containsEntry("x-goog-api-key", "sk-test-secret-0123456789");
    assertThat(request.headers()).doesNotContainKey("authorization");
    assertThat(request.json().at("/systemInstruction/parts/0/text").asText())
        .isEqualTo("Instrucciones.");
    assertThat(request.json().at("/contents/0/role").asText()).isEqualTo("user");
    assertThat(request.json().at("/contents/1/role").asText()).isEqualTo("model");
    assertThat(request.json().at("/contents/2/parts/0/text").asText()).isEqualTo("Otra.");
    assertThat(request.json().at("/generationConfig/responseMimeType").asText())
        .isEqualTo("application/json");
    // 2 M x $0.15 + 0.5 M x $0.60 = $0.60
    CostReport cost = meter.report(OpenAiChatClientTest.settings(server, LlmProvider.GEMINI, "/"));
    assertThat(cost.inputTokens()).isEqualTo(2_000_000);
    assertThat(cost.outputTokens()).isEqualTo(500_000);
    assertThat(cost.costCents()).isEqualByComparingTo("0.60");
  }

  @Test
  void retriesUnavailableThenSucceeds() {
    server.enqueue(
        Reply.status(503, "{\"error\": {\"code\": 503, \"status\": \"UNAVAILABLE\"}}"),
        Reply.ok(FakeLlmServer.geminiAnswer("{}", 1, 1)));
    UsageMeter meter = new UsageMeter();

    assertThat(client(meter).complete(List.of(ChatMessage.user("x")), true).content())
        .isEqualTo("{}");
    assertThat(meter.retries()).isEqualTo(1);
    assertThat(meter.requests()).isEqualTo(1);
  }

  @Test
  void reportsABlockedPromptAsAnEmptyAnswer() {
    server.enqueue(
        Reply.ok(
            "{\"promptFeedback\": {\"blockReason\": \"SAFETY\"}, \"usageMetadata\":"
                + " {\"promptTokenCount\": 7}}"));

    ChatResponse response = client(new UsageMeter()).complete(List.of(ChatMessage.user("x")), true);

    assertThat(response.content()).isEmpty();
    assertThat(response.finishReason()).isEqualTo("BLOCKED:SAFETY");
    assertThat(response.inputTokens()).isEqualTo(7);
  }

  @Test
  void explainsA404() {
    server.enqueue(
        Reply.status(404, "{\"error\": {\"message\": \"models/test-model is not found\"}}"));

    assertThatThrownBy(
            () -> client(new UsageMeter()).complete(List.of(ChatMessage.user("x")), true))
        .isInstanceOf(TutorException.class)
        .hasMessageContaining("HTTP 404")
        .hasMessageContaining(LlmSettings.ENV_MODEL + " (test-model)");
    assertThat(server.requests()).hasSize(1);
  }
}
