package dev.notes2omop.vocab.generate;

import java.util.List;

/**
 * A block of generated concepts of one domain, vocabulary and class: what share of all concepts it
 * holds, whether its concepts are standard, classification or source (non-standard) concepts, where
 * source concepts map to, and how names are built.
 */
record Segment(
    String key,
    String domain,
    String vocabulary,
    String conceptClass,
    Kind kind,
    double share,
    String mapsTo,
    Names.Style style) {

  /** Standard (S), classification (C) or source concept (non-standard). */
  enum Kind {
    STANDARD,
    CLASSIFICATION,
    SOURCE
  }

  boolean hierarchical() {
    return kind != Kind.SOURCE;
  }

  /**
   * The shape of a full Athena download (6M concepts): roughly the proportions of the domains and
   * vocabularies of a typical download with RxNorm Extension, NDC and dm+d.
   */
  static final List<Segment> ALL =
      List.of(
          s(
              "snomed-condition",
              "Condition",
              "SNOMED",
              "Clinical Finding",
              Kind.STANDARD,
              0.025,
              Names.Style.CONDITION),
          n(
              "snomed-condition-src",
              "Condition",
              "SNOMED",
              "Clinical Finding",
              0.05,
              "snomed-condition",
              Names.Style.CONDITION),
          n(
              "icd10cm",
              "Condition",
              "ICD10CM",
              "ICD10 code",
              0.016,
              "snomed-condition",
              Names.Style.CONDITION),
          n(
              "icd9cm",
              "Condition",
              "ICD9CM",
              "4-dig billing code",
              0.003,
              "snomed-condition",
              Names.Style.CONDITION),
          n(
              "icd10",
              "Condition",
              "ICD10",
              "ICD10 code",
              0.003,
              "snomed-condition",
              Names.Style.CONDITION),
          n("read", "Condition", "Read", "Read", 0.03, "snomed-condition", Names.Style.CONDITION),
          s(
              "rxnorm-ingredient",
              "Drug",
              "RxNorm",
              "Ingredient",
              Kind.STANDARD,
              0.003,
              Names.Style.INGREDIENT),
          s(
              "rxnorm-drug",
              "Drug",
              "RxNorm",
              "Clinical Drug",
              Kind.STANDARD,
              0.03,
              Names.Style.DRUG),
          s(
              "rxnorm-ext-drug",
              "Drug",
              "RxNorm Extension",
              "Clinical Drug",
              Kind.STANDARD,
              0.31,
              Names.Style.DRUG),
          s("atc", "Drug", "ATC", "ATC 4th", Kind.CLASSIFICATION, 0.001, Names.Style.INGREDIENT),
          n("ndc", "Drug", "NDC", "11-digit NDC", 0.17, "rxnorm-ext-drug", Names.Style.DRUG),
          n("dmd", "Drug", "dm+d", "VMP", 0.12, "rxnorm-ext-drug", Names.Style.DRUG),
          n("spl", "Drug", "SPL", "Prescription Drug", 0.05, "rxnorm-drug", Names.Style.DRUG),
          s(
              "loinc-lab",
              "Measurement",
              "LOINC",
              "Lab Test",
              Kind.STANDARD,
              0.03,
              Names.Style.MEASUREMENT),
          s(
              "snomed-measurement",
              "Measurement",
              "SNOMED",
              "Procedure",
              Kind.STANDARD,
              0.006,
              Names.Style.MEASUREMENT),
          s(
              "snomed-procedure",
              "Procedure",
              "SNOMED",
              "Procedure",
              Kind.STANDARD,
              0.012,
              Names.Style.PROCEDURE),
          s("cpt4", "Procedure", "CPT4", "CPT4", Kind.STANDARD, 0.0025, Names.Style.PROCEDURE),
          s(
              "icd10pcs",
              "Procedure",
              "ICD10PCS",
              "ICD10PCS",
              Kind.STANDARD,
              0.033,
              Names.Style.PROCEDURE),
          s("hcpcs", "Procedure", "HCPCS", "HCPCS", Kind.STANDARD, 0.002, Names.Style.PROCEDURE),
          n(
              "opcs4",
              "Procedure",
              "OPCS4",
              "Procedure",
              0.0153,
              "snomed-procedure",
              Names.Style.PROCEDURE),
          s(
              "snomed-observation",
              "Observation",
              "SNOMED",
              "Observable Entity",
              Kind.STANDARD,
              0.02,
              Names.Style.OBSERVATION),
          s(
              "loinc-observation",
              "Observation",
              "LOINC",
              "Clinical Observation",
              Kind.STANDARD,
              0.02,
              Names.Style.OBSERVATION),
          n(
              "ciel",
              "Observation",
              "CIEL",
              "Misc",
              0.02,
              "snomed-observation",
              Names.Style.OBSERVATION),
          s(
              "snomed-device",
              "Device",
              "SNOMED",
              "Physical Object",
              Kind.STANDARD,
              0.02,
              Names.Style.DEVICE),
          s("ucum", "Unit", "UCUM", "Unit", Kind.STANDARD, 0.0002, Names.Style.UNIT),
          s(
              "snomed-anatomy",
              "Spec Anatomic Site",
              "SNOMED",
              "Body Structure",
              Kind.STANDARD,
              0.006,
              Names.Style.ANATOMY),
          s(
              "snomed-qualifier",
              "Meas Value",
              "SNOMED",
              "Qualifier Value",
              Kind.STANDARD,
              0.002,
              Names.Style.QUALIFIER));

  private static Segment s(
      String key,
      String domain,
      String vocabulary,
      String conceptClass,
      Kind kind,
      double share,
      Names.Style style) {
    return new Segment(key, domain, vocabulary, conceptClass, kind, share, null, style);
  }

  private static Segment n(
      String key,
      String domain,
      String vocabulary,
      String conceptClass,
      double share,
      String mapsTo,
      Names.Style style) {
    return new Segment(key, domain, vocabulary, conceptClass, Kind.SOURCE, share, mapsTo, style);
  }
}
