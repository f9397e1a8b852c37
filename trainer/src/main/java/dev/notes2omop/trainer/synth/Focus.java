package dev.notes2omop.trainer.synth;

import dev.notes2omop.core.nlp.EntityLabel;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One error pattern of the training loop as a tutor is asked to write about it, in {@link
 * GenerationRequest#focus()}. {@link #describe()} is a sentence that an LLM can read and that
 * {@link #parse} reads back, so the grammar tutor can act on it:
 *
 * <ul>
 *   <li>{@code missed surface form: 'IAM' is CONDITION}
 *   <li>{@code boundary error: 'insuficiencia cardiaca congestiva' is one CONDITION span}
 *   <li>{@code label confusion: 'TA' is MEASUREMENT, not PROCEDURE}
 *   <li>{@code false positive: 'Ictus' after 'Unidad de' is not an entity (was tagged CONDITION)}
 * </ul>
 *
 * @param kind what went wrong
 * @param text the surface form: the gold span's text, or for a false positive the predicted text
 * @param label the right label; for a false positive, the label that was wrongly predicted
 * @param predicted for a confusion, the wrong label predicted on the exact span; else {@code null}
 * @param context for a false positive, the words before it in its sentence (may be empty); else
 *     empty
 */
public record Focus(
    Kind kind, String text, EntityLabel label, EntityLabel predicted, String context) {

  /** The kinds of error pattern. */
  public enum Kind {
    /** A gold span that no predicted span overlaps. */
    MISSED("missed surface form"),
    /** A gold span that predicted spans overlap, none exactly. */
    BOUNDARY("boundary error"),
    /** A gold span predicted exactly, with another label. */
    CONFUSION("label confusion"),
    /** A predicted span that overlaps no gold span. */
    FALSE_POSITIVE("false positive");

    private final String phrase;

    Kind(String phrase) {
      this.phrase = phrase;
    }

    /** How {@link Focus#describe()} names it. */
    public String phrase() {
      return phrase;
    }
  }

  private static final Pattern POSITIVE =
      Pattern.compile(
          "(missed surface form|boundary error|label confusion): '(.+)' is (?:one )?([A-Z]+)"
              + "(?: span|, not ([A-Z]+))?");
  private static final Pattern FALSE_POSITIVE =
      Pattern.compile(
          "false positive: '(.+?)' after '(.*)' is not an entity \\(was tagged ([A-Z]+)\\)");

  public Focus {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(label, "label");
    context = context == null ? "" : context;
    if (text.isBlank()) {
      throw new IllegalArgumentException("a focus needs a surface form");
    }
    if ((kind == Kind.CONFUSION) != (predicted != null)) {
      throw new IllegalArgumentException(
          "a predicted label is given for confusions, and only them");
    }
  }

  /** The sentence a tutor reads (see the class comment). */
  public String describe() {
    return switch (kind) {
      case MISSED -> kind.phrase + ": '" + text + "' is " + label;
      case BOUNDARY -> kind.phrase + ": '" + text + "' is one " + label + " span";
      case CONFUSION -> kind.phrase + ": '" + text + "' is " + label + ", not " + predicted;
      case FALSE_POSITIVE ->
          kind.phrase
              + ": '"
              + text
              + "' after '"
              + context
              + "' is not an entity (was tagged "
              + label
              + ")";
    };
  }

  /** The focus that {@link #describe()} wrote, or empty for any other text. */
  public static Optional<Focus> parse(String described) {
    Matcher m = POSITIVE.matcher(described);
    if (m.matches()) {
      Kind kind =
          switch (m.group(1)) {
            case "missed surface form" -> Kind.MISSED;
            case "boundary error" -> Kind.BOUNDARY;
            default -> Kind.CONFUSION;
          };
      Optional<EntityLabel> label = label(m.group(3));
      Optional<EntityLabel> predicted = label(m.group(4));
      if (label.isEmpty() || (kind == Kind.CONFUSION) != predicted.isPresent()) {
        return Optional.empty();
      }
      return Optional.of(new Focus(kind, m.group(2), label.get(), predicted.orElse(null), ""));
    }
    Matcher fp = FALSE_POSITIVE.matcher(described);
    if (fp.matches()) {
      return label(fp.group(3))
          .map(l -> new Focus(Kind.FALSE_POSITIVE, fp.group(1), l, null, fp.group(2)));
    }
    return Optional.empty();
  }

  private static Optional<EntityLabel> label(String name) {
    if (name == null) {
      return Optional.empty();
    }
    for (EntityLabel l : EntityLabel.values()) {
      if (l.name().equals(name)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
