package dev.notes2omop.vocab.generate;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes the rows of one clinical concept at a time to the five big files: the concept, its
 * synonyms, its relationships (both directions), its ancestors and its drug strengths. How many
 * attribute relationships, synonyms and drug strengths a concept gets is set so that the totals
 * come out at the settings' targets.
 */
final class ClinicalConcepts implements Closeable {

  private static final String START = "19700101";
  private static final String END = "20991231";
  private static final String INVALID_END = "20200131";
  private static final String[] START_DATES = {"19700101", "20020131", "20100701", "20170501"};

  private final GeneratorSettings settings;
  private final long seed;
  private final Layout layout;
  private final Metadata metadata;
  private final Hierarchy[] hierarchies;
  private final int ingredientSegment;
  private final int unitSegment;
  private final int[] drugSegments;
  private final double attributesPerConcept;
  private final double synonymShare;
  private final double strengthsPerDrug;
  private final int malformedEvery;
  private long malformed;

  private final TsvWriter concept;
  private final TsvWriter relationship;
  private final TsvWriter synonym;
  private final TsvWriter ancestor;
  private final TsvWriter strength;

  ClinicalConcepts(GeneratorSettings settings, Layout layout, Metadata metadata, Path directory)
      throws IOException {
    this.settings = settings;
    this.seed = settings.seed();
    this.layout = layout;
    this.metadata = metadata;
    List<Segment> segments = layout.segments();
    hierarchies = new Hierarchy[segments.size()];
    for (int s = 0; s < segments.size(); s++) {
      hierarchies[s] = new Hierarchy(seed, layout.size(s));
    }
    ingredientSegment = layout.segmentIndex("rxnorm-ingredient");
    unitSegment = layout.segmentIndex("ucum");
    drugSegments =
        new int[] {layout.segmentIndex("rxnorm-drug"), layout.segmentIndex("rxnorm-ext-drug")};
    // one counting pass (no output) sets the per-concept rates that reach the targets
    long structural = 0;
    long valid = 0;
    long drugs = 0;
    for (int i = 0; i < layout.total(); i++) {
      structural += structuralRelationships(i, null);
      if (invalidReason(i) == null) {
        valid++;
        if (isDrug(layout.segmentOf(i))) {
          drugs++;
        }
      }
    }
    attributesPerConcept =
        Math.max(0, (settings.relationships() - structural) / 2.0 / Math.max(1, valid));
    synonymShare = Math.min(1.0, settings.synonyms() / 2.0 / layout.total());
    strengthsPerDrug = (double) settings.drugStrengths() / Math.max(1, drugs);
    malformedEvery = settings.malformedRows() ? Math.max(1, Math.min(layout.total() / 3, 1000)) : 0;

    concept =
        new TsvWriter(
            directory,
            "CONCEPT.csv",
            "concept_id",
            "concept_name",
            "domain_id",
            "vocabulary_id",
            "concept_class_id",
            "standard_concept",
            "concept_code",
            "valid_start_date",
            "valid_end_date",
            "invalid_reason");
    relationship =
        new TsvWriter(
            directory,
            "CONCEPT_RELATIONSHIP.csv",
            "concept_id_1",
            "concept_id_2",
            "relationship_id",
            "valid_start_date",
            "valid_end_date",
            "invalid_reason");
    synonym =
        new TsvWriter(
            directory,
            "CONCEPT_SYNONYM.csv",
            "concept_id",
            "concept_synonym_name",
            "language_concept_id");
    ancestor =
        new TsvWriter(
            directory,
            "CONCEPT_ANCESTOR.csv",
            "ancestor_concept_id",
            "descendant_concept_id",
            "min_levels_of_separation",
            "max_levels_of_separation");
    strength =
        new TsvWriter(
            directory,
            "DRUG_STRENGTH.csv",
            "drug_concept_id",
            "ingredient_concept_id",
            "amount_value",
            "amount_unit_concept_id",
            "numerator_value",
            "numerator_unit_concept_id",
            "denominator_value",
            "denominator_unit_concept_id",
            "box_size",
            "valid_start_date",
            "valid_end_date",
            "invalid_reason");
  }

  /** The metadata concepts (vocabularies, domains, classes, relationships) in CONCEPT.csv. */
  void writeMetadataConcepts() throws IOException {
    for (Metadata.Entry e : metadata.concepts()) {
      String conceptClass = metadata.classOf(e);
      concept.field(e.conceptId()).field(e.name()).field("Metadata").field(conceptClass);
      concept
          .field(conceptClass)
          .field(null)
          .field("OMOP generated " + (e.conceptId() - Layout.METADATA_ID));
      concept.field(START).field(END).field(null);
      concept.end();
    }
  }

  /** Writes every row of concept {@code i}. */
  void write(int i) throws IOException {
    int seg = layout.segmentOf(i);
    Segment s = layout.segments().get(seg);
    int x = i - layout.start(seg);
    int id = Layout.id(i);
    String invalid = invalidReason(i);
    String[] names = Names.of(s.style(), Mix.hash(seed, i, 1), x);

    concept.field(id).field(names[0]).field(s.domain()).field(s.vocabulary());
    concept.field(s.conceptClass()).field(invalid != null ? null : standardFlag(s));
    concept.field(code(s, i, x));
    concept.field(START_DATES[Mix.below(Mix.hash(seed, i, 8), START_DATES.length)]);
    concept.field(invalid == null ? END : INVALID_END).field(invalid);
    concept.end();
    if (malformedEvery > 0 && (i + 1) % malformedEvery == 0) {
      writeMalformed();
    }

    structuralRelationships(i, relationship);
    if (invalid == null) {
      writeAttributes(i, id, s);
    }
    writeSynonyms(i, id, s, names);
    if (s.hierarchical()) {
      writeAncestors(seg, x, id);
    }
    if (invalid == null && isDrug(seg)) {
      writeStrengths(i, id);
    }
  }

  /**
   * Writes (when {@code out} is not null) or counts the hierarchy, {@code Maps to} and replacement
   * relationships of concept {@code i}.
   */
  private int structuralRelationships(int i, TsvWriter out) throws IOException {
    int seg = layout.segmentOf(i);
    Segment s = layout.segments().get(seg);
    int start = layout.start(seg);
    int x = i - start;
    int id = Layout.id(i);
    int count = 0;
    if (s.hierarchical() && x > 0) {
      count += pair(out, id, Layout.id(start + Hierarchy.parent(x)), Relationships.IS_A);
      int second = hierarchies[seg].secondParent(x, start);
      if (second >= 0) {
        count += pair(out, id, Layout.id(start + second), Relationships.IS_A);
      }
    }
    String invalid = invalidReason(i);
    if (s.kind() == Segment.Kind.STANDARD) {
      count += pair(out, id, id, Relationships.MAPS_TO);
    } else if (s.kind() == Segment.Kind.SOURCE && invalid == null) {
      int target = layout.segmentIndex(s.mapsTo());
      int t = layout.start(target) + Mix.below(Mix.hash(seed, i, 3), layout.size(target));
      count += pair(out, id, Layout.id(t), Relationships.MAPS_TO);
    } else if ("U".equals(invalid)) {
      for (int k = 1; k < 64; k++) {
        int candidate = start + (x + k) % layout.size(seg);
        if (invalidReason(candidate) == null) {
          count += pair(out, id, Layout.id(candidate), Relationships.REPLACED_BY);
          break;
        }
      }
    }
    return count;
  }

  /** A relationship and its reverse; returns the rows (2). */
  private int pair(TsvWriter out, int from, int to, Relationships.Type type) throws IOException {
    if (out != null) {
      row(out, from, to, type.id());
      row(out, to, from, type.reverse());
    }
    return 2;
  }

  private static void row(TsvWriter out, int from, int to, String relationshipId)
      throws IOException {
    out.field(from).field(to).field(relationshipId).field(START).field(END).field(null);
    out.end();
  }

  private void writeAttributes(int i, int id, Segment s) throws IOException {
    List<Relationships.Attribute> attributes = Relationships.attributesOf(s.domain());
    int count = share(attributesPerConcept, Mix.hash(seed, i, 4));
    for (int j = 0; j < Math.min(count, attributes.size()); j++) {
      Relationships.Attribute a = attributes.get(j);
      int target = layout.segmentIndex(a.targetSegment());
      int t = layout.start(target) + Mix.below(Mix.hash(seed, i, 10 + j), layout.size(target));
      row(relationship, id, Layout.id(t), a.id());
      row(relationship, Layout.id(t), id, a.reverse());
    }
  }

  private void writeSynonyms(int i, int id, Segment s, String[] names) throws IOException {
    if (Mix.unit(Mix.hash(seed, i, 5)) < synonymShare) {
      synonym.field(id).field(names[0] + " (" + tag(s) + ")").field(AthenaGenerator.ENGLISH);
      synonym.end();
    }
    if (Mix.unit(Mix.hash(seed, i, 6)) < synonymShare) {
      synonym.field(id).field(names[1]).field(AthenaGenerator.SPANISH);
      synonym.end();
    }
  }

  private void writeAncestors(int seg, int x, int id) throws IOException {
    ancestor.field(id).field(id).field(0).field(0);
    ancestor.end();
    int start = layout.start(seg);
    IOException[] failure = new IOException[1];
    hierarchies[seg].ancestors(
        x,
        start,
        (from, to, distance) -> {
          for (int a = from; a <= to && failure[0] == null; a++) {
            try {
              ancestor.field(Layout.id(start + a)).field(id).field(distance).field(distance);
              ancestor.end();
            } catch (IOException e) {
              failure[0] = e;
            }
          }
        });
    if (failure[0] != null) {
      throw failure[0];
    }
  }

  private void writeStrengths(int i, int id) throws IOException {
    int ingredients = layout.size(ingredientSegment);
    int count = Math.min(Math.min(4, ingredients), share(strengthsPerDrug, Mix.hash(seed, i, 20)));
    int base = Mix.below(Mix.hash(seed, i, 21), ingredients);
    int units = layout.size(unitSegment);
    int milligram = Layout.id(layout.start(unitSegment));
    int milliliter = Layout.id(layout.start(unitSegment) + Math.min(4, units - 1));
    boolean liquid = (Mix.hash(seed, i, 22) & 3L) == 0;
    for (int j = 0; j < count; j++) {
      int ingredient = Layout.id(layout.start(ingredientSegment) + (base + j) % ingredients);
      long amount = 5L * (1 + Mix.below(Mix.hash(seed, i, 23 + j), 100));
      strength.field(id).field(ingredient);
      if (liquid) {
        strength.field(null).field(null).field(amount).field(milligram).field(1).field(milliliter);
      } else {
        strength.field(amount).field(milligram).field(null).field(null).field(null).field(null);
      }
      strength.field(null).field(START).field(END).field(null);
      strength.end();
    }
  }

  private void writeMalformed() throws IOException {
    int kind = (int) (malformed % 3);
    int id = Layout.id(layout.total()) + (int) malformed;
    switch (kind) {
      case 0 -> concept.field("x" + id).field("Malformed id").field("Condition");
      case 1 -> concept.field(id).field("Malformed date").field("Condition");
      default -> concept.field(id).field("Too few columns");
    }
    if (kind != 2) {
      concept.field("SNOMED").field("Clinical Finding").field("S").field("M" + id);
      concept.field(kind == 1 ? "20231350" : START).field(END).field(null);
    }
    concept.endMalformed();
    malformed++;
  }

  /**
   * {@code rate} as a whole number for one concept: its floor, plus one with its fraction's odds.
   */
  private static int share(double rate, long hash) {
    int whole = (int) rate;
    return whole + (Mix.unit(hash) < rate - whole ? 1 : 0);
  }

  /** Invalid reason of concept {@code i}: about 4% of source concepts are deprecated or updated. */
  private String invalidReason(int i) {
    if (layout.segments().get(layout.segmentOf(i)).kind() != Segment.Kind.SOURCE) {
      return null;
    }
    double u = Mix.unit(Mix.hash(seed, i, 2));
    return u < 0.02 ? "D" : u < 0.04 ? "U" : null;
  }

  private boolean isDrug(int seg) {
    return seg == drugSegments[0] || seg == drugSegments[1];
  }

  private static String standardFlag(Segment s) {
    return switch (s.kind()) {
      case STANDARD -> "S";
      case CLASSIFICATION -> "C";
      case SOURCE -> null;
    };
  }

  private static String tag(Segment s) {
    return switch (s.domain()) {
      case "Condition" -> "disorder";
      case "Procedure" -> "procedure";
      case "Drug" -> "product";
      case "Spec Anatomic Site" -> "body structure";
      case "Device" -> "physical object";
      default -> "finding";
    };
  }

  /** A code unique within the vocabulary, in the vocabulary's usual shape. */
  private static String code(Segment s, int i, int x) {
    return switch (s.vocabulary()) {
      case "SNOMED", "RxNorm", "Read" -> Long.toString(100_000_000L + i);
      case "ICD10CM", "ICD10" ->
          (char) ('A' + x % 26) + String.format("%02d", (x / 26) % 100) + "." + (x / 2600);
      case "ICD9CM" -> String.format("%03d.%d", x % 1000, x / 1000);
      case "RxNorm Extension" -> "OMOP" + (1_000_000 + x);
      case "NDC" -> String.format("%011d", 10_000_000_000L + x);
      case "LOINC" -> (10_000 + i) + "-" + (i % 10);
      case "CPT4" -> String.format("%05d", x);
      case "UCUM" -> Names.unitCode(x);
      case "ICD10PCS" -> Integer.toString(x + 1_000_000, 36).toUpperCase(java.util.Locale.ROOT);
      default -> s.vocabulary().replaceAll("[^A-Za-z0-9]", "") + x;
    };
  }

  void counts(Map<String, Long> rows) {
    for (TsvWriter w : new TsvWriter[] {concept, relationship, synonym, ancestor, strength}) {
      rows.put(w.fileName(), w.rows());
    }
  }

  long malformedRows() {
    return malformed;
  }

  @Override
  public void close() throws IOException {
    IOException first = null;
    for (TsvWriter w : new TsvWriter[] {concept, relationship, synonym, ancestor, strength}) {
      try {
        w.close();
      } catch (IOException e) {
        if (first == null) {
          first = e;
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
