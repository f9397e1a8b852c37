package dev.notes2omop.vocab.generate;

import java.util.List;
import java.util.Map;

/** The relationship types generated, with their reverses, and the attribute types per domain. */
final class Relationships {

  /** A relationship type: its id, its reverse and whether it builds the hierarchy. */
  record Type(String id, String name, String reverse, boolean hierarchical) {}

  /** An attribute a concept of a domain can have: a type and the segment its targets are in. */
  record Attribute(String id, String reverse, String targetSegment) {}

  static final Type IS_A = new Type("Is a", "Is a", "Subsumes", true);
  static final Type SUBSUMES = new Type("Subsumes", "Subsumes", "Is a", true);
  static final Type MAPS_TO =
      new Type("Maps to", "Non-standard to Standard map (OMOP)", "Mapped from", false);
  static final Type MAPPED_FROM =
      new Type("Mapped from", "Standard to Non-standard map (OMOP)", "Maps to", false);
  static final Type REPLACED_BY =
      new Type("Concept replaced by", "Concept replaced by", "Concept replaces", false);
  static final Type REPLACES =
      new Type("Concept replaces", "Concept replaces", "Concept replaced by", false);

  /** Attributes per domain; a concept gets the first few, so keys never repeat. */
  static final Map<String, List<Attribute>> ATTRIBUTES =
      Map.of(
          "Condition",
          List.of(
              new Attribute("Has finding site", "Finding site of", "snomed-anatomy"),
              new Attribute("Has asso morph", "Asso morph of", "snomed-qualifier"),
              new Attribute("Has clinical course", "Clinical course of", "snomed-qualifier"),
              new Attribute("Has interprets", "Interprets of", "snomed-measurement"),
              new Attribute("Has due to", "Due to of", "snomed-condition")),
          "Drug",
          List.of(
              new Attribute("RxNorm has ing", "RxNorm ing of", "rxnorm-ingredient"),
              new Attribute("Drug has drug class", "Drug class of drug", "atc"),
              new Attribute("Has quantity unit", "Quantity unit of", "ucum"),
              new Attribute("Has brand name", "Brand name of", "rxnorm-ingredient"),
              new Attribute("Has dose form", "Dose form of", "snomed-qualifier")),
          "Measurement",
          List.of(
              new Attribute("Has component", "Component of", "rxnorm-ingredient"),
              new Attribute("Has property", "Property of", "snomed-qualifier"),
              new Attribute("Has scale type", "Scale type of", "snomed-qualifier"),
              new Attribute("Has system", "System of", "snomed-anatomy"),
              new Attribute("Has answer", "Answer of", "snomed-qualifier")),
          "Procedure",
          List.of(
              new Attribute("Has method", "Method of", "snomed-qualifier"),
              new Attribute("Has dir proc site", "Dir proc site of", "snomed-anatomy"),
              new Attribute("Has proc device", "Proc device of", "snomed-device"),
              new Attribute("Has focus", "Focus of", "snomed-condition"),
              new Attribute("Has access", "Access of", "snomed-qualifier")));

  /** Attributes of concepts of other domains. */
  static final List<Attribute> OTHER =
      List.of(
          new Attribute("Has asso finding", "Asso finding of", "snomed-condition"),
          new Attribute("Has finding site", "Finding site of", "snomed-anatomy"),
          new Attribute("Has temporal context", "Temporal context of", "snomed-qualifier"),
          new Attribute("Has subject relat", "Subject relat of", "snomed-qualifier"),
          new Attribute("Has specimen", "Specimen of", "snomed-anatomy"));

  private Relationships() {}

  static List<Attribute> attributesOf(String domain) {
    return ATTRIBUTES.getOrDefault(domain, OTHER);
  }
}
