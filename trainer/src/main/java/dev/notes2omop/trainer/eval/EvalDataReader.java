package dev.notes2omop.trainer.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the evaluation format ({@code ../shared/data/README.md}): one JSON object a line, {@code
 * {"id", "text", "entities": [{"start", "end", "label", "text", "code"}]}}, offsets in Unicode code
 * points, end exclusive. Offsets are converted to Java's UTF-16 offsets, and each entity's {@code
 * text} must equal the text it points at. Blank lines are skipped.
 */
public final class EvalDataReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private EvalDataReader() {}

  /**
   * Reads every record of {@code file}.
   *
   * @throws EvalDataException listing every malformed line as FILE:LINE, when there is one
   * @throws IOException when the file cannot be read
   */
  public static List<EvalRecord> read(Path file) throws IOException {
    List<EvalRecord> records = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try {
          records.add(parse(line));
        } catch (IllegalArgumentException e) {
          problems.add(file + ":" + number + ": " + e.getMessage());
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new EvalDataException(file.toString(), problems);
    }
    return records;
  }

  /**
   * Parses one line.
   *
   * @throws IllegalArgumentException saying what is wrong with it
   */
  public static EvalRecord parse(String line) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    String id = text(node, "id");
    String text = text(node, "text");
    JsonNode entities = node.get("entities");
    if (entities == null || !entities.isArray()) {
      throw new IllegalArgumentException("record " + id + " has no \"entities\" array");
    }
    int length = text.codePointCount(0, text.length());
    List<Span> spans = new ArrayList<>(entities.size());
    for (JsonNode entity : entities) {
      spans.add(span(id, text, length, entity));
    }
    return new EvalRecord(id, text, spans);
  }

  private static Span span(String id, String text, int codePoints, JsonNode entity) {
    int start = integer(id, entity, "start");
    int end = integer(id, entity, "end");
    String label = text(entity, "label");
    if (start < 0 || end <= start || end > codePoints) {
      throw new IllegalArgumentException(
          "record "
              + id
              + ": entity "
              + start
              + "-"
              + end
              + " is not a span of a text of "
              + codePoints
              + " code points");
    }
    int from = CodePoints.toUtf16(text, start);
    int to = CodePoints.toUtf16(text, end);
    JsonNode written = entity.get("text");
    if (written != null
        && !written.isNull()
        && !written.asText().equals(text.substring(from, to))) {
      throw new IllegalArgumentException(
          "record "
              + id
              + ": entity "
              + start
              + "-"
              + end
              + " says \""
              + written.asText()
              + "\" but the text there is \""
              + text.substring(from, to)
              + "\" (offsets must be code points, end exclusive)");
    }
    return new Span(from, to, label);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException("\"" + field + "\" is missing or not a string");
    }
    return value.asText();
  }

  private static int integer(String id, JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
      throw new IllegalArgumentException(
          "record " + id + ": entity \"" + field + "\" is missing or not an integer");
    }
    return value.asInt();
  }
}
