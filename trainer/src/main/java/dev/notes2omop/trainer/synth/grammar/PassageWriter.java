package dev.notes2omop.trainer.synth.grammar;

import dev.notes2omop.core.nlp.Assertion;
import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.trainer.data.ConceptRef;
import dev.notes2omop.trainer.data.SynthEntity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes one passage from a template: fills the slots, records where each mention is, then gives
 * the whole text its style ({@link TextStyle}). Everything random comes from the generator it is
 * given, so a passage depends on nothing else.
 */
final class PassageWriter {

  /** The share of mentions written with a typo (those without a word of five letters keep none). */
  static final double TYPO_RATE = 0.045;

  private final TermPool terms;
  private final Fillers fillers;

  PassageWriter(TermPool terms, Fillers fillers) {
    this.terms = terms;
    this.fillers = fillers;
  }

  /**
   * A written passage: its text and its mentions, in order.
   *
   * @param focusWritten whether the focused term or clause asked for was written
   */
  record Passage(String text, List<SynthEntity> entities, boolean focusWritten) {}

  /**
   * What a focused passage must hold: {@code term} as the first mention of its label (no typo), or
   * {@code clause} (words that are not a mention) at its end. Focused passages keep the case and
   * accents they are written with.
   */
  record Focused(TermPool.Term term, String clause) {}

  Passage write(Template template, SplittableRandom rng) {
    return write(template, rng, null);
  }

  Passage write(Template template, SplittableRandom rng, Focused focused) {
    TextStyle style = TextStyle.pick(rng);
    if (focused != null) {
      style = new TextStyle(style.decimalComma(), TextStyle.LetterCase.AS_WRITTEN, false);
    }
    Writing writing = new Writing(template, rng, style, focused);
    writing.render(template.parts());
    return writing.finish();
  }

  private record Span(
      int start, int end, EntityLabel label, ConceptRef concept, Assertion assertion) {}

  /** The state of one passage being written. */
  private final class Writing {

    private final Template template;
    private final SplittableRandom rng;
    private final TextStyle style;
    private final StringBuilder text = new StringBuilder(160);
    private final List<Span> spans = new ArrayList<>();
    private final Set<ConceptRef> used = new HashSet<>();
    private final Set<String> phrases = new HashSet<>();
    private TermPool.Term forced;
    private final String clause;
    private boolean focusWritten;

    Writing(Template template, SplittableRandom rng, TextStyle style, Focused focused) {
      this.template = template;
      this.rng = rng;
      this.style = style;
      this.forced = focused == null ? null : focused.term();
      this.clause = focused == null ? null : focused.clause();
    }

    /** The focused term, once, for the first slot of its label. */
    private TermPool.Term takeForced(EntityLabel label) {
      if (forced == null || forced.label() != label) {
        return null;
      }
      TermPool.Term term = forced;
      forced = null;
      focusWritten = true;
      return term;
    }

    void render(List<Part> parts) {
      for (Part part : parts) {
        if (part instanceof Part.Literal literal) {
          literal(literal.text());
        } else if (part instanceof Part.Choice choice) {
          render(choice.alternatives().get(rng.nextInt(choice.alternatives().size())));
        } else if (part instanceof Part.Header) {
          text.append(template.headers().get(rng.nextInt(template.headers().size())));
        } else if (part instanceof Part.Filler filler) {
          words(filler(filler.name()));
        } else if (part instanceof Part.Number number) {
          text.append(Numbers.write(number, rng, style));
        } else if (part instanceof Part.Decoy decoy) {
          words(terms.pick(decoy.label(), decoy.group(), rng).text());
        } else if (part instanceof Part.EntitySlot slot) {
          entity(slot);
        }
      }
    }

    /** A phrase of a filler list, another than those already written if it can. */
    private String filler(String name) {
      String phrase = fillers.pick(name, rng);
      for (int attempt = 0; attempt < 6 && phrases.contains(phrase); attempt++) {
        phrase = fillers.pick(name, rng);
      }
      phrases.add(phrase);
      return phrase;
    }

    /** Appends template text; a full stop after an abbreviation's own ("v.o.") is dropped. */
    private void literal(String literal) {
      if (literal.startsWith(".") && text.length() > 0 && text.charAt(text.length() - 1) == '.') {
        text.append(literal, 1, literal.length());
      } else {
        text.append(literal);
      }
    }

    private void entity(Part.EntitySlot slot) {
      int count = slot.list() ? 2 + rng.nextInt(3) : 1;
      for (int i = 0; i < count; i++) {
        TermPool.Term focus = takeForced(slot.label());
        if (slot.form() == Part.Form.VALUE) {
          TermPool.Measured measured =
              focus == null ? distinctMeasured(slot.group()) : terms.measuredOf(focus);
          separate(i, count, slot, measured.term().text());
          mention(measured.term(), slot.assertion(), focus == null);
          value(measured.profile());
        } else {
          TermPool.Term term = focus == null ? distinct(slot.label(), slot.group()) : focus;
          separate(i, count, slot, term.text());
          mention(term, slot.assertion(), focus == null);
          if (slot.form() == Part.Form.DOSE) {
            dose(term);
          }
        }
      }
    }

    /** The comma or conjunction before item {@code i} of a list: "HTA, DM2 y EPOC". */
    private void separate(int i, int count, Part.EntitySlot slot, String next) {
      if (i == 0) {
        return;
      }
      if (i < count - 1) {
        text.append(", ");
      } else if (slot.assertion().negated()) {
        text.append(rng.nextBoolean() ? " ni " : " o ");
      } else {
        String folded = next.toLowerCase(java.util.Locale.ROOT);
        boolean iSound =
            (folded.startsWith("i") || folded.startsWith("hi"))
                && !folded.startsWith("hie")
                && !folded.startsWith("hia");
        text.append(iSound ? " e " : " y ");
      }
    }

    private TermPool.Term distinct(EntityLabel label, String group) {
      TermPool.Term term = terms.pick(label, group, rng);
      for (int attempt = 0; attempt < 6 && used.contains(term.concept()); attempt++) {
        term = terms.pick(label, group, rng);
      }
      used.add(term.concept());
      return term;
    }

    private TermPool.Measured distinctMeasured(String group) {
      TermPool.Measured measured = terms.pickMeasured(group, rng);
      for (int attempt = 0; attempt < 6 && used.contains(measured.term().concept()); attempt++) {
        measured = terms.pickMeasured(group, rng);
      }
      used.add(measured.term().concept());
      return measured;
    }

    private void mention(TermPool.Term term, Assertion assertion, boolean typos) {
      String surface = term.text();
      if (typos && rng.nextDouble() < TYPO_RATE) {
        surface = Misspeller.misspell(surface, rng);
      }
      int start = text.length();
      words(surface);
      spans.add(new Span(start, text.length(), term.label(), term.concept(), assertion));
    }

    /**
     * Appends words, with a capital at the start of a sentence unless the first word has capitals
     * of its own ("pCO2", "c-LDL").
     */
    private void words(String words) {
      if (!words.isEmpty() && firstWordLowerCase(words) && sentenceStart()) {
        text.append(Character.toUpperCase(words.charAt(0))).append(words, 1, words.length());
      } else {
        text.append(words);
      }
    }

    private static boolean firstWordLowerCase(String words) {
      for (int i = 0; i < words.length() && words.charAt(i) != ' '; i++) {
        if (Character.isUpperCase(words.charAt(i))) {
          return false;
        }
      }
      return Character.isLowerCase(words.charAt(0));
    }

    private boolean sentenceStart() {
      int i = text.length() - 1;
      while (i >= 0 && text.charAt(i) == ' ') {
        i--;
      }
      if (i < 0) {
        return true;
      }
      char c = text.charAt(i);
      if (c == '.' || c == '\n') {
        return true;
      }
      if (c == '-' && (i == 0 || text.charAt(i - 1) == '\n')) {
        return rng.nextBoolean();
      }
      return c == ':' && rng.nextDouble() < 0.4;
    }

    private void value(TermPool.Profile profile) {
      double separator = rng.nextDouble();
      text.append(separator < 0.55 ? " " : separator < 0.9 ? ": " : " de ");
      text.append(Numbers.value(profile, rng, style));
      if (profile.units().isEmpty() || rng.nextDouble() < 0.08) {
        return;
      }
      String unit =
          Numbers.unitVariant(profile.units().get(rng.nextInt(profile.units().size())), rng);
      boolean glued = !Character.isLetter(unit.charAt(0)) && rng.nextDouble() < 0.6;
      text.append(glued ? "" : " ").append(unit);
    }

    private void dose(TermPool.Term drug) {
      List<String> doses = terms.doses(drug.concept());
      String dose = doses.isEmpty() ? filler("dose") : doses.get(rng.nextInt(doses.size()));
      text.append(' ').append(Numbers.decimalMark(dose, style));
      if (rng.nextDouble() < 0.8) {
        text.append(' ').append(filler("freq"));
      }
      if (rng.nextDouble() < 0.4) {
        text.append(' ').append(filler("route"));
      }
    }

    Passage finish() {
      if (clause != null && !clause.isBlank()) {
        String written = text.toString().stripTrailing();
        text.setLength(written.length());
        if (!written.isEmpty() && !written.endsWith(".")) {
          text.append('.');
        }
        text.append(text.length() == 0 ? "" : " ");
        words(clause.strip());
        text.append('.');
        focusWritten = true;
      }
      String styled = style.apply(text.toString().stripTrailing());
      List<SynthEntity> entities = new ArrayList<>(spans.size());
      for (Span span : spans) {
        entities.add(
            new SynthEntity(
                span.start(),
                span.end(),
                span.label(),
                styled.substring(span.start(), span.end()),
                span.concept(),
                span.assertion()));
      }
      return new Passage(styled, entities, focusWritten);
    }
  }
}
