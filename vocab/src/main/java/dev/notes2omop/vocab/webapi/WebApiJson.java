package dev.notes2omop.vocab.webapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * WebAPI's JSON shapes: the {@code ConceptSearch} request body and the concept and related-concept
 * objects. Unknown fields are ignored; a concept without {@code CONCEPT_ID} is an error. Dates are
 * read from epoch milliseconds (WebAPI's default), ISO dates or date-times, or {@code yyyyMMdd};
 * anything else is read as absent, since no mapping decision depends on it.
 */
final class WebApiJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private WebApiJson() {}

  static String searchBody(String query, String domainId, boolean standardOnly) {
    ObjectNode body = MAPPER.createObjectNode();
    body.put("QUERY", query);
    if (domainId != null) {
      body.putArray("DOMAIN_ID").add(domainId);
    }
    if (standardOnly) {
      body.put("STANDARD_CONCEPT", "S");
    }
    try {
      return MAPPER.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a search body", e);
    }
  }

  static JsonNode parse(String body, URI uri, int status) {
    try {
      JsonNode node = MAPPER.readTree(body);
      if (node == null || node.isMissingNode()) {
        throw malformed("an empty body", body, uri, status, null);
      }
      return node;
    } catch (JsonProcessingException e) {
      throw malformed("malformed JSON (" + e.getOriginalMessage() + ")", body, uri, status, e);
    }
  }

  static List<WebApiConcept> concepts(JsonNode array, String body, URI uri, int status) {
    List<WebApiConcept> concepts = new ArrayList<>();
    for (JsonNode node : array(array, body, uri, status)) {
      concepts.add(concept(node, body, uri, status));
    }
    return concepts;
  }

  static List<WebApiRelatedConcept> related(JsonNode array, String body, URI uri, int status) {
    List<WebApiRelatedConcept> related = new ArrayList<>();
    for (JsonNode node : array(array, body, uri, status)) {
      List<WebApiRelatedConcept.Relationship> relationships = new ArrayList<>();
      for (JsonNode r : node.path("RELATIONSHIPS")) {
        String name = text(r, "RELATIONSHIP_NAME");
        if (name != null) {
          relationships.add(
              new WebApiRelatedConcept.Relationship(name, r.path("RELATIONSHIP_DISTANCE").asInt()));
        }
      }
      related.add(new WebApiRelatedConcept(concept(node, body, uri, status), relationships));
    }
    return related;
  }

  static WebApiConcept concept(JsonNode node, String body, URI uri, int status) {
    if (!node.isObject()) {
      throw malformed("a concept that is not a JSON object", body, uri, status, null);
    }
    JsonNode id = node.path("CONCEPT_ID");
    long conceptId;
    if (id.isIntegralNumber()) {
      conceptId = id.longValue();
    } else if (id.isTextual() && id.asText().matches("-?\\d{1,18}")) {
      conceptId = Long.parseLong(id.asText());
    } else {
      throw malformed("a concept without a numeric CONCEPT_ID", body, uri, status, null);
    }
    return new WebApiConcept(
        conceptId,
        text(node, "CONCEPT_NAME"),
        text(node, "DOMAIN_ID"),
        text(node, "VOCABULARY_ID"),
        text(node, "CONCEPT_CLASS_ID"),
        "S".equals(text(node, "STANDARD_CONCEPT")),
        text(node, "CONCEPT_CODE"),
        invalidReason(text(node, "INVALID_REASON")),
        date(node.path("VALID_START_DATE")),
        date(node.path("VALID_END_DATE")));
  }

  private static ArrayNode array(JsonNode node, String body, URI uri, int status) {
    if (!node.isArray()) {
      throw malformed(
          "a JSON "
              + node.getNodeType().name().toLowerCase(Locale.ROOT)
              + " where an array of concepts was expected",
          body,
          uri,
          status,
          null);
    }
    return (ArrayNode) node;
  }

  /** WebAPI reports a valid concept's reason as {@code "V"} (with caption "Valid") or as null. */
  private static String invalidReason(String reason) {
    return reason == null || reason.equals("V") ? null : reason;
  }

  /** The field's text, {@code null} when absent, JSON null or blank. */
  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    String text = value.asText().strip();
    return text.isEmpty() ? null : text;
  }

  static LocalDate date(JsonNode value) {
    try {
      if (value.isIntegralNumber()) {
        return Instant.ofEpochMilli(value.longValue()).atZone(ZoneOffset.UTC).toLocalDate();
      }
      if (!value.isTextual()) {
        return null;
      }
      String text = value.asText().strip();
      if (text.matches("\\d{8}")) {
        return LocalDate.parse(text, DateTimeFormatter.BASIC_ISO_DATE);
      }
      if (text.matches("-?\\d+")) {
        return Instant.ofEpochMilli(Long.parseLong(text)).atZone(ZoneOffset.UTC).toLocalDate();
      }
      if (text.matches("\\d{4}-\\d{2}-\\d{2}([T ].*)?")) {
        return LocalDate.parse(text.substring(0, 10));
      }
      return null;
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  static WebApiException malformed(String what, String body, URI uri, int status, Throwable cause) {
    return new WebApiException(
        "WebAPI answered "
            + status
            + " from "
            + uri
            + " with "
            + what
            + "; is the base URL the WebAPI root (e.g. https://host/WebAPI)? Body: "
            + WebApiHttp.excerpt(body),
        status,
        uri,
        cause);
  }
}
