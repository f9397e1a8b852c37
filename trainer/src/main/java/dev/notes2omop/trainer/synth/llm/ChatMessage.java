package dev.notes2omop.trainer.synth.llm;

import java.util.Objects;

/** One message of a chat: who says it and what. */
public record ChatMessage(Role role, String content) {

  /** Who speaks. */
  public enum Role {
    /** Instructions for the model. */
    SYSTEM,
    /** The user's turn. */
    USER,
    /** The model's earlier answer. */
    ASSISTANT
  }

  public ChatMessage {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(content, "content");
  }

  public static ChatMessage system(String content) {
    return new ChatMessage(Role.SYSTEM, content);
  }

  public static ChatMessage user(String content) {
    return new ChatMessage(Role.USER, content);
  }

  public static ChatMessage assistant(String content) {
    return new ChatMessage(Role.ASSISTANT, content);
  }
}
