package dev.notes2omop.trainer.synth.grammar;

import dev.notes2omop.core.nlp.Assertion;
import dev.notes2omop.core.nlp.EntityLabel;
import java.util.List;

/** A piece of a parsed template: text, a choice, or a slot that the writer fills. */
sealed interface Part {

  /** Text written as it is. */
  record Literal(String text) implements Part {}

  /** One of several alternatives, chosen at random: {@code [niega|no refiere]}. */
  record Choice(List<List<Part>> alternatives) implements Part {
    public Choice {
      alternatives = alternatives.stream().map(List::copyOf).toList();
    }
  }

  /** How an entity slot is written. */
  enum Form {
    /** The term alone. */
    TERM,
    /** A measurement followed by a value and a unit: "Hb 11,2 g/dL". */
    VALUE,
    /** A drug followed by a dose, frequency and route: "metformina 850 mg c/12h vo". */
    DOSE
  }

  /**
   * A mention: {@code {C}}, {@code {C/sym:neg}}, {@code {C*:hist}}, {@code {MV/lab}}, {@code {DD}}.
   *
   * @param label the entity label
   * @param group a group of terms (see {@code groups.tsv}) or, for {@link Form#VALUE}, of
   *     measurement profiles; {@code null} for any term of the label
   * @param assertion the assertion the template's cue words give the mention
   * @param list whether the slot is a list of two to four terms ("HTA, DM2 y EPOC")
   * @param form how it is written
   */
  record EntitySlot(EntityLabel label, String group, Assertion assertion, boolean list, Form form)
      implements Part {}

  /** A lexicon term written where it is not a mention (an allergen, for instance): {@code {!D}}. */
  record Decoy(EntityLabel label, String group) implements Part {}

  /** A word or phrase from a named list of {@code fillers.tsv}: {@code {~serv}}. */
  record Filler(String name) implements Part {}

  /**
   * A number, a date or an age: {@code {#year}}, {@code {#date}}, {@code {#n:1:10}}.
   *
   * @param kind year, date, shortdate, age, hour, n (integer from {@code min} to {@code max}) or
   *     dec (one decimal, from {@code min} to {@code max})
   */
  record Number(String kind, int min, int max) implements Part {}

  /** The section header of the template's family: {@code {H}}. */
  record Header() implements Part {}
}
