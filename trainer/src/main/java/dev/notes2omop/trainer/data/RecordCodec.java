package dev.notes2omop.trainer.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.notes2omop.core.nlp.Assertion;
import dev.notes2omop.core.nlp.EntityLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads and writes records as one JSON object per line, with a fixed field order so that the same
 * records always give the same bytes.
 */
public final class RecordCodec {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RecordCodec() {}

  /** The record as one line of JSON (no line break). */
  public static String toJson(SynthRecord record) {
    ObjectNode root = JSON.createObjectNode();
    root.put("id", record.id());
    root.put("text", record.text());
    ArrayNode tokens = root.putArray("tokens");
    record.tokens().forEach(tokens::add);
    ArrayNode tags = root.putArray("tags");
    record.tags().forEach(tags::add);
    ArrayNode entities = root.putArray("entities");
    for (SynthEntity entity : record.entities()) {
      ObjectNode e = entities.addObject();
      e.put("start", entity.start());
      e.put("end", entity.end());
      e.put("label", entity.label().name());
      e.put("text", entity.text());
      if (entity.concept() == null) {
        e.putNull("concept");
      } else {
        ObjectNode concept = e.putObject("concept");
        concept.put("vocabulary_id", entity.concept().vocabularyId());
        concept.put("concept_code", entity.concept().conceptCode());
      }
      ObjectNode assertion = e.putObject("assertion");
      Assertion a = entity.assertion();
      assertion.put("negated", a.negated());
      assertion.put("certainty", a.certainty().name().toLowerCase(Locale.ROOT));
      assertion.put("subject", a.subject().name().toLowerCase(Locale.ROOT));
      assertion.put("historical", a.historical());
      assertion.put("hypothetical", a.hypothetical());
    }
    ObjectNode meta = root.putObject("meta");
    meta.put("generator", record.meta().generator());
    meta.put("template", record.meta().template());
    meta.put("family", record.meta().family());
    meta.put("kind", record.meta().kind().json());
    ArrayNode validatedBy = meta.putArray("validated_by");
    record.meta().validatedBy().forEach(validatedBy::add);
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write record " + record.id(), e);
    }
  }

  /**
   * Reads one line of JSON.
   *
   * @throws IllegalArgumentException naming what is missing or wrong
   */
  public static SynthRecord fromJson(String line) {
    JsonNode root;
    try {
      root = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("invalid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("a record must be a JSON object");
    }
    List<SynthEntity> entities = new ArrayList<>();
    for (JsonNode e : required(root, "entities")) {
      JsonNode concept = e.get("concept");
      JsonNode a = required(e, "assertion");
      entities.add(
          new SynthEntity(
              required(e, "start").asInt(),
              required(e, "end").asInt(),
              EntityLabel.parse(required(e, "label").asText()),
              required(e, "text").asText(),
              concept == null || concept.isNull()
                  ? null
                  : new ConceptRef(
                      required(concept, "vocabulary_id").asText(),
                      required(concept, "concept_code").asText()),
              new Assertion(
                  a.path("negated").asBoolean(false),
                  Assertion.Certainty.valueOf(
                      a.path("certainty").asText("certain").toUpperCase(Locale.ROOT)),
                  Assertion.Subject.valueOf(
                      a.path("subject").asText("patient").toUpperCase(Locale.ROOT)),
                  a.path("historical").asBoolean(false),
                  a.path("hypothetical").asBoolean(false))));
    }
    JsonNode meta = required(root, "meta");
    List<String> validatedBy = new ArrayList<>();
    meta.path("validated_by").forEach(v -> validatedBy.add(v.asText()));
    String template = required(meta, "template").asText();
    return new SynthRecord(
        required(root, "id").asText(),
        required(root, "text").asText(),
        strings(required(root, "tokens")),
        strings(required(root, "tags")),
        entities,
        new RecordMeta(
            required(meta, "generator").asText(),
            template,
            meta.path("family").asText(template),
            RecordKind.fromJson(required(meta, "kind").asText()),
            validatedBy));
  }

  private static JsonNode required(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("field '" + field + "' is missing");
    }
    return value;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
