package dev.notes2omop.trainer.synth.llm;

import java.util.List;

/**
 * A chat model behind an HTTP API. Implementations retry transient failures, keep to a rate limit
 * and count tokens in their {@link UsageMeter}; they are safe for use by several threads.
 */
public interface ChatClient {

  /** {@code provider:model}, e.g. {@code openai:gpt-4o-mini}. */
  String id();

  /**
   * Sends {@code messages} and returns the model's answer.
   *
   * @param jsonOutput ask the server for a JSON object as the answer (the prompt must say so too)
   * @throws dev.notes2omop.trainer.synth.TutorException when the server refuses the request, or
   *     still fails after the retries
   */
  ChatResponse complete(List<ChatMessage> messages, boolean jsonOutput);

  /** The usage counted so far. */
  UsageMeter usage();

  /** A client for {@code settings.provider()}, counting into {@code meter}. */
  static ChatClient create(LlmSettings settings, UsageMeter meter) {
    return switch (settings.provider()) {
      case OPENAI -> new OpenAiChatClient(settings, meter);
      case GEMINI -> new GeminiChatClient(settings, meter);
    };
  }
}
