package dev.notes2omop.trainer.synth.llm;

import java.net.URI;
import java.util.Locale;

/** The APIs an LLM tutor can talk to. */
public enum LlmProvider {
  /** Any OpenAI-compatible chat-completions server: OpenAI, vLLM, Ollama, llama.cpp. */
  OPENAI("openai", URI.create("https://api.openai.com/v1")),
  /** Google's Gemini {@code generateContent} API. */
  GEMINI("gemini", URI.create("https://generativelanguage.googleapis.com/v1beta"));

  private final String id;
  private final URI defaultBaseUrl;

  LlmProvider(String id, URI defaultBaseUrl) {
    this.id = id;
    this.defaultBaseUrl = defaultBaseUrl;
  }

  /**
   * The name used on the command line and in {@code meta.generator}: {@code openai}, {@code
   * gemini}.
   */
  public String id() {
    return id;
  }

  /** The hosted API's base URL, used when none is configured. */
  public URI defaultBaseUrl() {
    return defaultBaseUrl;
  }

  /** The provider named {@code name} ({@code openai} or {@code gemini}, any case). */
  public static LlmProvider parse(String name) {
    if (name != null) {
      for (LlmProvider provider : values()) {
        if (provider.id.equals(name.trim().toLowerCase(Locale.ROOT))) {
          return provider;
        }
      }
    }
    throw new IllegalArgumentException(
        "unknown LLM provider '" + name + "': use openai (any OpenAI-compatible server) or gemini");
  }
}
