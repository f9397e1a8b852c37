package dev.notes2omop.trainer.synth.grammar;

import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.trainer.data.RecordKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * The templates, read from the {@code templates/*.tpl} resources that {@code templates/index.txt}
 * lists, grouped in families.
 *
 * <p>File format: {@code # comment}; {@code == family | header | header ...} starts a family and
 * gives its section headers; then one template a line, {@code P}, {@code N} or {@code H} (positive,
 * negative, hard negative), a space, and the body ({@link TemplateParser}).
 *
 * <p>Records are spread evenly over families first, then over the templates of a family, so that no
 * family dominates.
 */
final class TemplateBook {

  private static final String INDEX = "templates/index.txt";

  private final List<Template> templates;
  private final List<String> families;

  /**
   * The share of positive records made from a template that holds exactly the labels asked for
   * (when there is one), rather than any that holds them: it keeps incidental mentions (mostly
   * conditions) from crowding the other labels.
   */
  static final double EXACT_LABELS = 0.5;

  /** For each kind, for each label mask, the matching templates of each family. */
  private final Map<RecordKind, List<List<List<Template>>>> byKindAndMask;

  /** For each label mask, the positive templates of each family that hold exactly its labels. */
  private final List<List<List<Template>>> exactPositives;

  private TemplateBook(List<Template> templates) {
    this.templates = List.copyOf(templates);
    this.families = templates.stream().map(Template::family).distinct().toList();
    this.byKindAndMask = new LinkedHashMap<>();
    for (RecordKind kind : RecordKind.values()) {
      List<List<List<Template>>> masks = new ArrayList<>();
      for (int mask = 0; mask < 1 << EntityLabel.values().length; mask++) {
        masks.add(matching(kind, mask));
      }
      byKindAndMask.put(kind, masks);
    }
    this.exactPositives = new ArrayList<>();
    for (int mask = 0; mask < 1 << EntityLabel.values().length; mask++) {
      int exact = mask;
      exactPositives.add(
          families(t -> t.kind() == RecordKind.POSITIVE && holds(t, exact) && maskOf(t) == exact));
    }
  }

  /** The bundled templates. */
  static TemplateBook bundled() {
    List<Template> all = new ArrayList<>();
    for (String file : Resources.lines(INDEX)) {
      if (!file.isBlank() && !file.startsWith("#")) {
        all.addAll(parseFile("templates/" + file.strip()));
      }
    }
    return new TemplateBook(all);
  }

  /** Every template, in file order. */
  List<Template> templates() {
    return templates;
  }

  /** Every family, in file order. */
  List<String> families() {
    return families;
  }

  /**
   * A template of {@code kind} whose records hold every label of {@code labelMask} (bit {@code
   * label.ordinal()}): a family at random among those that have one, then one of its templates.
   *
   * @throws IllegalStateException when no template matches
   */
  Template choose(RecordKind kind, int labelMask, SplittableRandom rng) {
    List<List<Template>> candidates = byKindAndMask.get(kind).get(labelMask);
    if (kind == RecordKind.POSITIVE
        && !exactPositives.get(labelMask).isEmpty()
        && rng.nextDouble() < EXACT_LABELS) {
      candidates = exactPositives.get(labelMask);
    }
    if (candidates.isEmpty()) {
      throw new IllegalStateException(
          "no " + kind.json() + " template holds the labels of mask " + labelMask);
    }
    List<Template> family = candidates.get(rng.nextInt(candidates.size()));
    return family.get(rng.nextInt(family.size()));
  }

  private List<List<Template>> matching(RecordKind kind, int mask) {
    return families(t -> t.kind() == kind && holds(t, mask));
  }

  /** The templates that pass {@code filter}, by family, in file order. */
  private List<List<Template>> families(Predicate<Template> filter) {
    Map<String, List<Template>> byFamily = new LinkedHashMap<>();
    for (Template template : templates) {
      if (filter.test(template)) {
        byFamily.computeIfAbsent(template.family(), f -> new ArrayList<>()).add(template);
      }
    }
    return byFamily.values().stream().map(List::copyOf).toList();
  }

  private static int maskOf(Template template) {
    int mask = 0;
    for (EntityLabel label : template.labels()) {
      mask |= 1 << label.ordinal();
    }
    return mask;
  }

  private static boolean holds(Template template, int mask) {
    for (EntityLabel label : EntityLabel.values()) {
      if ((mask & (1 << label.ordinal())) != 0 && !template.labels().contains(label)) {
        return false;
      }
    }
    return true;
  }

  static List<Template> parseFile(String resource) {
    List<Template> out = new ArrayList<>();
    String family = null;
    List<String> headers = List.of();
    int number = 0;
    int lineNumber = 0;
    for (String line : Resources.lines(resource)) {
      lineNumber++;
      String where = resource + ":" + lineNumber;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("==")) {
        String[] fields = line.substring(2).split("\\|");
        family = fields[0].strip();
        if (!family.matches("[a-z]+\\.[a-z]+")) {
          throw new IllegalArgumentException(
              where + ": a family is named <note type>.<section>, found '" + family + "'");
        }
        List<String> hs = new ArrayList<>();
        for (int i = 1; i < fields.length; i++) {
          hs.add(fields[i].strip());
        }
        headers = hs;
        number = 0;
        continue;
      }
      if (family == null) {
        throw new IllegalArgumentException(where + ": a template before any '== family' line");
      }
      if (line.length() < 3 || line.charAt(1) != ' ') {
        throw new IllegalArgumentException(
            where + ": a template line is 'P|N|H <text>', found '" + line + "'");
      }
      RecordKind kind = kind(line.charAt(0), where);
      List<Part> parts = TemplateParser.parse(line.substring(2), where);
      check(kind, parts, headers, where);
      number++;
      String id = family + "." + String.format(Locale.ROOT, "%03d", number);
      out.add(
          new Template(id, family, kind, parts, headers, TemplateParser.guaranteedLabels(parts)));
    }
    return out;
  }

  private static RecordKind kind(char c, String where) {
    return switch (c) {
      case 'P' -> RecordKind.POSITIVE;
      case 'N' -> RecordKind.NEGATIVE;
      case 'H' -> RecordKind.HARD_NEGATIVE;
      default ->
          throw new IllegalArgumentException(
              where + ": a template starts with P, N or H, found '" + c + "'");
    };
  }

  private static void check(RecordKind kind, List<Part> parts, List<String> headers, String where) {
    if (kind == RecordKind.POSITIVE && TemplateParser.guaranteedLabels(parts).isEmpty()) {
      throw new IllegalArgumentException(where + ": a positive template must always hold a slot");
    }
    if (kind == RecordKind.NEGATIVE && TemplateParser.hasEntitySlot(parts)) {
      throw new IllegalArgumentException(where + ": a negative template must hold no entity slot");
    }
    if (headers.isEmpty() && parts.stream().anyMatch(Part.Header.class::isInstance)) {
      throw new IllegalArgumentException(where + ": {H} in a family without headers");
    }
  }
}
