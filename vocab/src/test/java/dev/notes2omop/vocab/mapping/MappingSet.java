package dev.notes2omop.vocab.mapping;

import dev.notes2omop.core.nlp.DrugDose;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The entries of the Spanish mapping test set (or the tuning set), read from the test classpath.
 */
final class MappingSet {

  /** The set on the test classpath. */
  static final String RESOURCE = "/mapping/es-mapping-set.tsv";

  /** The tuning set: the index mapper's thresholds are chosen on it, never on the test set. */
  static final String TUNING_RESOURCE = "/mapping/es-mapping-tune.tsv";

  /** The header line, after the comment block. */
  static final String HEADER =
      "term\tdomain\texpected_vocabulary_id\texpected_concept_code\tvariation";

  /** How a term differs from the concept's usual Spanish name. */
  enum Variation {
    CANONICAL,
    TYPO,
    NO_ACCENT,
    PLURAL,
    GENDER,
    ABBREVIATION,
    WORD_ORDER,
    SYNONYM,
    UNMAPPABLE,
    /** More specific than any concept: the right answer is the head's broader concept. */
    BACK_OFF,
    /** A drug with its strength, form and route: the most specific product that agrees. */
    DOSE;

    /** The name used in the file, e.g. {@code no-accent}. */
    String fileName() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Variation parse(String text, String resource, int line) {
      for (Variation v : values()) {
        if (v.fileName().equals(text)) {
          return v;
        }
      }
      throw new IllegalArgumentException(
          resource + " line " + line + ": unknown variation '" + text + "'");
    }
  }

  /**
   * One term of the set.
   *
   * @param line its line number in the file
   * @param vocabularyId the expected concept's vocabulary, {@code null} when unmappable
   * @param conceptCode the expected concept's code, {@code null} when unmappable
   */
  record Entry(
      int line,
      String term,
      String domain,
      String vocabularyId,
      String conceptCode,
      Variation variation) {

    boolean unmappable() {
      return vocabularyId == null;
    }

    /**
     * For a {@code dose} entry ({@code name|strength|form|route}), the drug's name; else the term.
     */
    String mentionText() {
      return variation == Variation.DOSE ? term.split("\\|", -1)[0].strip() : term;
    }

    /** For a {@code dose} entry, its dose as the value extraction reports one; else null. */
    DrugDose dose() {
      if (variation != Variation.DOSE) {
        return null;
      }
      String[] parts = term.split("\\|", -1);
      BigDecimal amount = null;
      String unit = null;
      if (!"-".equals(parts[1].strip())) {
        String[] strength = parts[1].strip().split("\\s+");
        amount = new BigDecimal(strength[0].replace(',', '.'));
        unit = strength[1];
      }
      String form = "-".equals(parts[2].strip()) ? null : parts[2].strip();
      String route = "-".equals(parts[3].strip()) ? null : parts[3].strip();
      return new DrugDose(amount, unit, form, route, route, null, term);
    }
  }

  private MappingSet() {}

  /** Reads the test set, rejecting a malformed line with its number. */
  static List<Entry> load() throws IOException {
    return load(RESOURCE);
  }

  /** Reads a set in the test set's format from the test classpath. */
  static List<Entry> load(String resource) throws IOException {
    try (InputStream in = MappingSet.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the test classpath");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
    }
  }

  static List<Entry> parse(String text) {
    return parse(text, RESOURCE);
  }

  static List<Entry> parse(String text, String resource) {
    List<Entry> entries = new ArrayList<>();
    boolean header = false;
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].stripTrailing();
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (!header) {
        if (!line.equals(HEADER)) {
          throw new IllegalArgumentException(
              resource + " line " + (i + 1) + ": expected the header '" + HEADER + "'");
        }
        header = true;
        continue;
      }
      entries.add(entry(line.split("\t", -1), resource, i + 1));
    }
    return List.copyOf(entries);
  }

  private static Entry entry(String[] f, String resource, int line) {
    if (f.length != 5 || f[0].isBlank()) {
      throw new IllegalArgumentException(
          resource + " line " + line + ": expected 5 tab-separated columns with a term");
    }
    Variation variation = Variation.parse(f[4].strip(), resource, line);
    boolean dash = "-".equals(f[2].strip()) && "-".equals(f[3].strip());
    if (dash
        ? !(variation == Variation.UNMAPPABLE || variation == Variation.BACK_OFF)
        : variation == Variation.UNMAPPABLE) {
      throw new IllegalArgumentException(
          resource
              + " line "
              + line
              + ": vocabulary and code are '-' for every unmappable term, and only for them or"
              + " a back-off term whose head has no concept either");
    }
    if (variation == Variation.DOSE && f[0].split("\\|", -1).length != 4) {
      throw new IllegalArgumentException(
          resource + " line " + line + ": a dose term is written name|strength|form|route");
    }
    return new Entry(
        line,
        f[0].strip(),
        f[1].strip(),
        dash ? null : f[2].strip(),
        dash ? null : f[3].strip(),
        variation);
  }
}
