package dev.notes2omop.trainer.synth.grammar;

import dev.notes2omop.core.nlp.Assertion;
import dev.notes2omop.core.nlp.EntityLabel;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Parses the body of one template line.
 *
 * <p>Syntax: text is written as it is; {@code \n} is a line break; {@code [a|b|c]} chooses one
 * alternative (alternatives may hold slots and choices); {@code {...}} is a slot:
 *
 * <ul>
 *   <li>{@code {C}}, {@code {D}}, {@code {M}}, {@code {P}}: a CONDITION, DRUG, MEASUREMENT or
 *       PROCEDURE mention; {@code {MV}} a measurement with a value and unit; {@code {DD}} a drug
 *       with dose, frequency and route; {@code *} after the letters makes a list ({@code {C*}});
 *       {@code /group} restricts the terms; {@code :flags} (comma separated: {@code neg}, {@code
 *       unc}, {@code fam}, {@code hist}, {@code hyp}) sets the assertion the cue words give.
 *   <li>{@code {!D}}: a lexicon term that is not a mention here (a look-alike).
 *   <li>{@code {~name}}: a phrase from the filler list {@code name}.
 *   <li>{@code {#kind}} or {@code {#kind:min:max}}: a number, date or age.
 *   <li>{@code {H}}: the family's section header.
 * </ul>
 */
final class TemplateParser {

  private final String source;
  private final String text;
  private int pos;

  private TemplateParser(String text, String source) {
    this.text = text;
    this.source = source;
  }

  /**
   * Parses {@code text}.
   *
   * @param source where the text was read, for messages
   * @throws IllegalArgumentException naming the source and what is wrong
   */
  static List<Part> parse(String text, String source) {
    TemplateParser parser = new TemplateParser(text, source);
    List<Part> parts = parser.sequence(false);
    if (parser.pos < text.length()) {
      throw parser.error("unexpected '" + text.charAt(parser.pos) + "'");
    }
    return parts;
  }

  /** The labels that every rendering of {@code parts} holds. */
  static Set<EntityLabel> guaranteedLabels(List<Part> parts) {
    Set<EntityLabel> labels = EnumSet.noneOf(EntityLabel.class);
    for (Part part : parts) {
      if (part instanceof Part.EntitySlot slot) {
        labels.add(slot.label());
      } else if (part instanceof Part.Choice choice) {
        Set<EntityLabel> common = null;
        for (List<Part> alternative : choice.alternatives()) {
          Set<EntityLabel> these = guaranteedLabels(alternative);
          if (common == null) {
            common = these;
          } else {
            common.retainAll(these);
          }
        }
        if (common != null) {
          labels.addAll(common);
        }
      }
    }
    return labels;
  }

  /** Whether {@code parts} can write a mention at all. */
  static boolean hasEntitySlot(List<Part> parts) {
    for (Part part : parts) {
      if (part instanceof Part.EntitySlot) {
        return true;
      }
      if (part instanceof Part.Choice choice) {
        for (List<Part> alternative : choice.alternatives()) {
          if (hasEntitySlot(alternative)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private List<Part> sequence(boolean inChoice) {
    List<Part> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (inChoice && (c == '|' || c == ']')) {
        break;
      }
      if (c == '\\' && pos + 1 < text.length() && text.charAt(pos + 1) == 'n') {
        literal.append('\n');
        pos += 2;
      } else if (c == '[' || c == '{') {
        flush(literal, parts);
        pos++;
        parts.add(c == '[' ? choice() : slot());
      } else if (c == ']' || c == '}' || c == '|') {
        throw error("unexpected '" + c + "'");
      } else {
        literal.append(c);
        pos++;
      }
    }
    flush(literal, parts);
    return parts;
  }

  private static void flush(StringBuilder literal, List<Part> parts) {
    if (literal.length() > 0) {
      parts.add(new Part.Literal(literal.toString()));
      literal.setLength(0);
    }
  }

  private Part choice() {
    List<List<Part>> alternatives = new ArrayList<>();
    while (true) {
      alternatives.add(sequence(true));
      if (pos >= text.length()) {
        throw error("'[' without ']'");
      }
      char c = text.charAt(pos++);
      if (c == ']') {
        return new Part.Choice(alternatives);
      }
    }
  }

  private Part slot() {
    int close = text.indexOf('}', pos);
    if (close < 0) {
      throw error("'{' without '}'");
    }
    String spec = text.substring(pos, close);
    pos = close + 1;
    if (spec.equals("H")) {
      return new Part.Header();
    }
    if (spec.startsWith("~")) {
      return new Part.Filler(spec.substring(1));
    }
    if (spec.startsWith("#")) {
      return number(spec.substring(1));
    }
    if (spec.startsWith("!")) {
      String[] labelAndGroup = spec.substring(1).split("/", 2);
      return new Part.Decoy(
          label(labelAndGroup[0]), labelAndGroup.length > 1 ? labelAndGroup[1] : null);
    }
    return entity(spec);
  }

  private Part number(String spec) {
    String[] fields = spec.split(":");
    if (fields.length == 3) {
      if (!fields[0].equals("n") && !fields[0].equals("dec")) {
        throw error("number slot {#" + spec + "}: only n and dec take bounds");
      }
      try {
        return new Part.Number(fields[0], Integer.parseInt(fields[1]), Integer.parseInt(fields[2]));
      } catch (NumberFormatException e) {
        throw error("number slot {#" + spec + "} needs integer bounds");
      }
    }
    if (fields.length != 1
        || !List.of("year", "date", "shortdate", "age", "hour", "id").contains(fields[0])) {
      throw error("unknown number slot {#" + spec + "}");
    }
    return new Part.Number(fields[0], 0, 0);
  }

  private Part entity(String spec) {
    String flags = "";
    int colon = spec.indexOf(':');
    if (colon >= 0) {
      flags = spec.substring(colon + 1);
      spec = spec.substring(0, colon);
    }
    String group = null;
    int slash = spec.indexOf('/');
    if (slash >= 0) {
      group = spec.substring(slash + 1);
      spec = spec.substring(0, slash);
    }
    boolean list = spec.endsWith("*");
    if (list) {
      spec = spec.substring(0, spec.length() - 1);
    }
    Part.Form form = Part.Form.TERM;
    if (spec.equals("MV")) {
      form = Part.Form.VALUE;
      spec = "M";
    } else if (spec.equals("DD")) {
      form = Part.Form.DOSE;
      spec = "D";
    }
    return new Part.EntitySlot(label(spec), group, assertion(flags), list, form);
  }

  private EntityLabel label(String letter) {
    EntityLabel label = labelOf(letter);
    if (label == null) {
      throw error("unknown label '" + letter + "': use C, D, M or P");
    }
    return label;
  }

  /** The label a template writes as {@code C}, {@code D}, {@code M} or {@code P}, else null. */
  static EntityLabel labelOf(String letter) {
    return switch (letter) {
      case "C" -> EntityLabel.CONDITION;
      case "D" -> EntityLabel.DRUG;
      case "M" -> EntityLabel.MEASUREMENT;
      case "P" -> EntityLabel.PROCEDURE;
      default -> null;
    };
  }

  private Assertion assertion(String flags) {
    Assertion assertion = Assertion.AFFIRMED;
    if (flags.isEmpty()) {
      return assertion;
    }
    for (String flag : flags.split(",")) {
      assertion =
          switch (flag.strip()) {
            case "neg" -> assertion.withNegated(true);
            case "unc" -> assertion.withCertainty(Assertion.Certainty.POSSIBLE);
            case "fam" -> assertion.withSubject(Assertion.Subject.FAMILY);
            case "hist" -> assertion.withHistorical(true);
            case "hyp" -> assertion.withHypothetical(true);
            default -> throw error("unknown flag '" + flag + "': use neg, unc, fam, hist or hyp");
          };
    }
    return assertion;
  }

  private IllegalArgumentException error(String message) {
    return new IllegalArgumentException(source + ": " + message + " in template '" + text + "'");
  }
}
