package dev.notes2omop.trainer.synth.llm;

import java.util.Objects;

/**
 * A model's answer.
 *
 * @param content the text of the answer (empty when the model gave none)
 * @param inputTokens prompt tokens billed, as the server reports them (0 when it does not)
 * @param outputTokens completion tokens billed
 * @param finishReason why the model stopped ({@code stop}, {@code length}, {@code SAFETY}, ...), or
 *     {@code null} when the server does not say
 */
public record ChatResponse(
    String content, long inputTokens, long outputTokens, String finishReason) {

  public ChatResponse {
    Objects.requireNonNull(content, "content");
  }
}
