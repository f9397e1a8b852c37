package dev.notes2omop.trainer.synth.llm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.notes2omop.core.nlp.Assertion;
import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.trainer.data.ConceptRef;
import dev.notes2omop.trainer.data.RecordKind;
import dev.notes2omop.trainer.data.SynthEntity;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Reads one record of a model's answer leniently (field spellings, offsets) and checks it strictly:
 * every entity placed on token bounds without overlap, a known label and assertion, a kind that
 * agrees with the entities.
 */
final class RecordReader {

  static final String EMPTY_TEXT = "empty-text";
  static final String UNKNOWN_LABEL = "unknown-label";
  static final String BAD_ASSERTION = "bad-assertion";
  static final String UNKNOWN_KIND = "unknown-kind";
  static final String KIND_MISMATCH = "kind-mismatch";
  static final String NOT_AN_OBJECT = "not-an-object";

  /** A checked record, without id and meta yet. */
  record Draft(
      String text, List<SynthEntity> entities, RecordKind kind, String family, int fixedOffsets) {}

  /** A draft, or the reason the record was rejected. */
  record Result(Draft draft, String rejection) {

    static Result rejected(String reason) {
      return new Result(null, reason);
    }
  }

  private RecordReader() {}

  static Result read(JsonNode node) {
    if (!node.isObject()) {
      return Result.rejected(NOT_AN_OBJECT);
    }
    String text = node.path("text").asText("");
    if (text.isBlank()) {
      return Result.rejected(EMPTY_TEXT);
    }
    List<JsonNode> raw = new ArrayList<>();
    node.path("entities").forEach(raw::add);
    // place entities with offsets in offset order, so that repeated words land where they were
    // meant
    raw.sort(
        Comparator.comparingInt(
            e -> e.path("start").canConvertToInt() ? e.path("start").asInt() : Integer.MAX_VALUE));
    EntityPlacer placer = new EntityPlacer(text);
    List<SynthEntity> entities = new ArrayList<>();
    int fixed = 0;
    for (JsonNode e : raw) {
      EntityLabel label;
      try {
        label = EntityLabel.parse(e.path("label").asText(""));
      } catch (IllegalArgumentException ex) {
        return Result.rejected(UNKNOWN_LABEL);
      }
      Assertion assertion = assertion(e.path("assertion"));
      if (assertion == null) {
        return Result.rejected(BAD_ASSERTION);
      }
      String surface = e.path("text").asText("").strip();
      int start = e.path("start").canConvertToInt() ? e.path("start").asInt() : -1;
      EntityPlacer.Placement p = placer.place(surface, start);
      if (!p.placed()) {
        return Result.rejected(p.reason());
      }
      int end = e.path("end").canConvertToInt() ? e.path("end").asInt() : -1;
      if (p.start() != start || p.end() != end) {
        fixed++;
      }
      entities.add(
          new SynthEntity(
              p.start(),
              p.end(),
              label,
              text.substring(p.start(), p.end()),
              concept(e.path("concept")),
              assertion));
    }
    entities.sort(Comparator.comparingInt(SynthEntity::start));
    RecordKind kind;
    String kindText =
        node.path("kind").asText("").strip().toLowerCase(Locale.ROOT).replace('_', '-');
    if (kindText.isEmpty()) {
      kind = entities.isEmpty() ? RecordKind.NEGATIVE : RecordKind.POSITIVE;
    } else {
      try {
        kind = RecordKind.fromJson(kindText.equals("hardnegative") ? "hard-negative" : kindText);
      } catch (IllegalArgumentException ex) {
        return Result.rejected(UNKNOWN_KIND);
      }
    }
    boolean mismatch =
        kind == RecordKind.NEGATIVE
            ? !entities.isEmpty()
            : kind == RecordKind.POSITIVE && entities.isEmpty();
    if (mismatch) {
      return Result.rejected(KIND_MISMATCH);
    }
    return new Result(
        new Draft(text, entities, kind, family(node.path("template").asText("")), fixed), null);
  }

  /** A template family as a short, safe name: lowercase ASCII letters, digits, dots, dashes. */
  static String family(String raw) {
    String ascii =
        Normalizer.normalize(raw, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9._-]+", "-")
            .replaceAll("^[-.]+|[-.]+$", "");
    if (ascii.length() > 48) {
      ascii = ascii.substring(0, 48).replaceAll("[-.]+$", "");
    }
    return ascii.isEmpty() ? "general" : ascii;
  }

  private static ConceptRef concept(JsonNode node) {
    String vocabulary = node.path("vocabulary_id").asText("").strip();
    String code = node.path("concept_code").asText("").strip();
    if (vocabulary.isEmpty() || code.isEmpty() || "null".equals(code)) {
      return null;
    }
    return new ConceptRef(vocabulary, code);
  }

  /** The assertion, defaults for missing fields, {@code null} for a value that means nothing. */
  static Assertion assertion(JsonNode node) {
    if (node.isMissingNode() || node.isNull()) {
      return Assertion.AFFIRMED;
    }
    if (!node.isObject()) {
      return null;
    }
    Boolean negated = bool(node.path("negated"));
    Boolean historical = bool(node.path("historical"));
    Boolean hypothetical = bool(node.path("hypothetical"));
    if (negated == null || historical == null || hypothetical == null) {
      return null;
    }
    Assertion.Certainty certainty =
        switch (word(node.path("certainty"), "certain")) {
          case "certain", "definite", "confirmed", "cierto", "seguro" ->
              Assertion.Certainty.CERTAIN;
          case "possible", "uncertain", "probable", "likely", "suspected", "posible", "dudoso" ->
              Assertion.Certainty.POSSIBLE;
          default -> null;
        };
    Assertion.Subject subject =
        switch (word(node.path("subject"), "patient")) {
          case "patient", "paciente", "self" -> Assertion.Subject.PATIENT;
          case "family", "familiar", "relative", "family-member", "family_member" ->
              Assertion.Subject.FAMILY;
          default -> null;
        };
    if (certainty == null || subject == null) {
      return null;
    }
    return new Assertion(negated, certainty, subject, historical, hypothetical);
  }

  private static String word(JsonNode node, String dflt) {
    return node.isMissingNode() || node.isNull()
        ? dflt
        : node.asText(dflt).strip().toLowerCase(Locale.ROOT);
  }

  private static Boolean bool(JsonNode node) {
    if (node.isMissingNode() || node.isNull()) {
      return false;
    }
    if (node.isBoolean()) {
      return node.asBoolean();
    }
    return switch (node.asText("").strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "si", "sí", "1" -> true;
      case "false", "no", "0", "" -> false;
      default -> null;
    };
  }
}
