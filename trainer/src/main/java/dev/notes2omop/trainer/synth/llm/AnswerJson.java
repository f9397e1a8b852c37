package dev.notes2omop.trainer.synth.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON object in a model's answer leniently: code fences and text around the object are
 * dropped, trailing commas and comments are allowed.
 */
final class AnswerJson {

  private static final JsonMapper LENIENT =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .build();

  private AnswerJson() {}

  /**
   * The JSON object in {@code content}; a bare array is wrapped as {@code {arrayField: [...]}}.
   *
   * @throws MalformedAnswerException ({@code empty-answer}, {@code not-json}) when there is none
   */
  static JsonNode read(String content, String arrayField) throws MalformedAnswerException {
    String text = content == null ? "" : content.strip();
    if (text.isEmpty()) {
      throw new MalformedAnswerException("empty-answer", "the model answered nothing");
    }
    int open = firstOf(text, '{', '[');
    if (open < 0) {
      throw new MalformedAnswerException("not-json", "no JSON object in the answer");
    }
    char close = text.charAt(open) == '{' ? '}' : ']';
    int end = text.lastIndexOf(close);
    if (end < open) {
      throw new MalformedAnswerException("not-json", "the JSON is cut short (answer too long?)");
    }
    JsonNode node;
    try {
      node = LENIENT.readTree(text.substring(open, end + 1));
    } catch (JsonProcessingException e) {
      throw new MalformedAnswerException("not-json", e.getOriginalMessage());
    }
    if (node.isArray()) {
      return LENIENT.createObjectNode().set(arrayField, node);
    }
    return node;
  }

  private static int firstOf(String text, char a, char b) {
    int i = text.indexOf(a);
    int j = text.indexOf(b);
    if (i < 0) {
      return j;
    }
    return j < 0 ? i : Math.min(i, j);
  }
}
