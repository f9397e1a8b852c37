package dev.notes2omop.trainer.synth.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.notes2omop.trainer.synth.TutorException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A client for OpenAI-compatible chat completions ({@code POST {base}/chat/completions}): OpenAI,
 * vLLM, Ollama, llama.cpp and others.
 */
public final class OpenAiChatClient implements ChatClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final LlmSettings settings;
  private final LlmHttp http;
  private final URI endpoint;

  public OpenAiChatClient(LlmSettings settings, UsageMeter meter) {
    this.settings = settings;
    this.http = new LlmHttp(settings, settings.provider().id(), meter);
    this.endpoint = URI.create(settings.baseUrl() + "/chat/completions");
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
    body.put("model", settings.model());
    ArrayNode array = body.putArray("messages");
    for (ChatMessage message : messages) {
      ObjectNode m = array.addObject();
      m.put("role", message.role().name().toLowerCase(Locale.ROOT));
      m.put("content", message.content());
    }
    if (settings.hasTemperature()) {
      body.put("temperature", settings.temperature());
    }
    if (jsonOutput) {
      body.putObject("response_format").put("type", "json_object");
    }
    Map<String, String> headers = new LinkedHashMap<>();
    if (settings.apiKey() != null) {
      headers.put("Authorization", "Bearer " + settings.apiKey());
    }
    JsonNode answer = http.post(endpoint, headers, body);
    JsonNode choice = answer.path("choices").path(0);
    if (choice.isMissingNode()) {
      throw new TutorException(
          "openai answer from " + endpoint + " has no choices[0]: is this a chat-completions API?");
    }
    JsonNode content = choice.path("message").path("content");
    long input = answer.path("usage").path("prompt_tokens").asLong(0);
    long output = answer.path("usage").path("completion_tokens").asLong(0);
    http.meter().recordAnswer(input, output);
    String finish =
        choice.path("finish_reason").isTextual() ? choice.get("finish_reason").asText() : null;
    return new ChatResponse(content.isTextual() ? content.asText() : "", input, output, finish);
  }
}
