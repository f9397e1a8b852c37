package dev.notes2omop.trainer.synth.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.notes2omop.trainer.synth.TutorException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A client for Gemini's {@code POST {base}/models/{model}:generateContent}, with the key in the
 * {@code x-goog-api-key} header (never in the URL).
 */
public final class GeminiChatClient implements ChatClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final LlmSettings settings;
  private final LlmHttp http;
  private final URI endpoint;

  public GeminiChatClient(LlmSettings settings, UsageMeter meter) {
    this.settings = settings;
    this.http = new LlmHttp(settings, settings.provider().id(), meter);
    String model =
        settings.model().startsWith("models/") ? settings.model().substring(7) : settings.model();
    this.endpoint =
        URI.create(
            settings.baseUrl()
                + "/models/"
                + URLEncoder.encode(model, StandardCharsets.UTF_8).replace("+", "%20")
                + ":generateContent");
  }

  @Override
  public String id() {
    return settings.id();
  }

  @Override
  public UsageMeter usage() {
    return http.meter();
  }

  @Override
  public ChatResponse complete(List<ChatMessage> messages, boolean jsonOutput) {
    ObjectNode body = JSON.createObjectNode();
    StringBuilder system = new StringBuilder();
    ArrayNode contents = body.putArray("contents");
    for (ChatMessage message : messages) {
      if (message.role() == ChatMessage.Role.SYSTEM) {
        system.append(system.length() == 0 ? "" : "\n\n").append(message.content());
        continue;
      }
      ObjectNode content = contents.addObject();
      content.put("role", message.role() == ChatMessage.Role.ASSISTANT ? "model" : "user");
      content.putArray("parts").addObject().put("text", message.content());
    }
    if (system.length() > 0) {
      body.putObject("systemInstruction")
          .putArray("parts")
          .addObject()
          .put("text", system.toString());
    }
    ObjectNode config = body.putObject("generationConfig");
    if (settings.hasTemperature()) {
      config.put("temperature", settings.temperature());
    }
    if (jsonOutput) {
      config.put("responseMimeType", "application/json");
    }
    Map<String, String> headers = new LinkedHashMap<>();
    if (settings.apiKey() != null) {
      headers.put("x-goog-api-key", settings.apiKey());
    }
    JsonNode answer = http.post(endpoint, headers, body);
    JsonNode usage = answer.path("usageMetadata");
    long input = usage.path("promptTokenCount").asLong(0);
    // thinking models bill their thoughts as output
    long output =
        usage.path("candidatesTokenCount").asLong(0) + usage.path("thoughtsTokenCount").asLong(0);
    http.meter().recordAnswer(input, output);
    JsonNode candidate = answer.path("candidates").path(0);
    if (candidate.isMissingNode()) {
      String blocked = answer.path("promptFeedback").path("blockReason").asText("");
      if (blocked.isEmpty()) {
        throw new TutorException(
            "gemini answer from "
                + endpoint
                + " has no candidates: is this the generateContent API?");
      }
      return new ChatResponse("", input, output, "BLOCKED:" + blocked);
    }
    StringBuilder text = new StringBuilder();
    for (JsonNode part : candidate.path("content").path("parts")) {
      if (part.path("text").isTextual() && !part.path("thought").asBoolean(false)) {
        text.append(part.get("text").asText());
      }
    }
    String finish =
        candidate.path("finishReason").isTextual() ? candidate.get("finishReason").asText() : null;
    return new ChatResponse(text.toString(), input, output, finish);
  }
}
