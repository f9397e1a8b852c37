package dev.notes2omop.plugin.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.notes2omop.core.mapping.MappedMention;
import dev.notes2omop.core.nlp.Assertion;
import dev.notes2omop.core.nlp.DrugDose;
import dev.notes2omop.core.nlp.MeasurementValue;
import dev.notes2omop.core.nlp.Mention;
import dev.notes2omop.trainer.eval.CodePoints;
import java.util.List;
import java.util.Locale;

/**
 * The {@code entities} array {@code tag} writes: offsets in Unicode code points into the note's
 * text (as in the evaluation format), end exclusive.
 */
final class TaggedEntities {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private TaggedEntities() {}

  static ArrayNode of(String text, List<MappedMention> mentions) {
    ArrayNode array = NODES.arrayNode();
    for (MappedMention mapped : mentions) {
      array.add(entity(text, mapped));
    }
    return array;
  }

  private static ObjectNode entity(String text, MappedMention mapped) {
    Mention mention = mapped.mention();
    ObjectNode entity = NODES.objectNode();
    entity.put("start", CodePoints.fromUtf16(text, mention.start()));
    entity.put("end", CodePoints.fromUtf16(text, mention.end()));
    entity.put("label", mention.label().name());
    entity.put("text", mention.text());
    entity.set("assertion", assertion(mention.assertion()));
    if (mention.value() != null) {
      entity.set("value", value(mention.value()));
    }
    if (mention.dose() != null) {
      entity.set("dose", dose(mention.dose()));
    }
    entity.put("concept_id", mapped.concept().conceptId());
    return entity;
  }

  private static ObjectNode assertion(Assertion assertion) {
    ObjectNode node = NODES.objectNode();
    node.put("negated", assertion.negated());
    node.put("certainty", assertion.certainty().name().toLowerCase(Locale.ROOT));
    node.put("subject", assertion.subject().name().toLowerCase(Locale.ROOT));
    node.put("historical", assertion.historical());
    node.put("hypothetical", assertion.hypothetical());
    return node;
  }

  private static ObjectNode value(MeasurementValue value) {
    ObjectNode node = NODES.objectNode();
    node.put("number", value.number());
    if (value.secondNumber() != null) {
      node.put("second_number", value.secondNumber());
    }
    node.put("operator", value.operator());
    node.put("unit", value.unit());
    if (value.qualitative() != null) {
      node.put("qualitative", value.qualitative());
    }
    node.put("text", value.sourceText());
    return node;
  }

  private static ObjectNode dose(DrugDose dose) {
    ObjectNode node = NODES.objectNode();
    node.put("amount", dose.amount());
    node.put("unit", dose.unit());
    node.put("form", dose.form());
    node.put("route", dose.route());
    node.put("route_text", dose.routeText());
    if (dose.daysSupply() != null) {
      node.put("days_supply", dose.daysSupply());
    }
    node.put("sig", dose.sig());
    return node;
  }
}
