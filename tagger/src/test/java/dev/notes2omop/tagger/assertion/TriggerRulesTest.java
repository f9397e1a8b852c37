package dev.notes2omop.tagger.assertion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class TriggerRulesTest {

  @Test
  void loadsTheSpanishListWithEveryCategory() {
    List<Trigger> triggers = TriggerRules.spanish();

    assertThat(triggers).extracting(Trigger::category).contains(TriggerCategory.values());
    assertThat(triggers)
        .filteredOn(t -> t.phrase().equals("madre con"))
        .singleElement()
        .satisfies(t -> assertThat(t.category()).isEqualTo(TriggerCategory.FAMILY));
    assertThat(triggers)
        .filteredOn(t -> t.phrase().equals("AP"))
        .singleElement()
        .satisfies(t -> assertThat(t.caseSensitive() && t.section()).isTrue());
    assertThat(new SpanishAssertionDetector(triggers)).isNotNull();
  }

  @Test
  void expandsMacros() throws Exception {
    List<Trigger> triggers =
        TriggerRules.parse(
            new StringReader("@R\tmadre|tía materna\n@V\tcon|:\nFAMILY\tPRE\t{R} {V}\n"), "test");

    assertThat(triggers)
        .extracting(Trigger::phrase)
        .containsExactly("madre con", "madre :", "tía materna con", "tía materna :");
    assertThat(triggers.get(3).written()).containsExactly("tía", "materna", ":");
  }

  @Test
  void namesTheLineOfAMalformedRule() {
    assertThatThrownBy(
            () -> TriggerRules.parse(new StringReader("# c\nNEGADO\tPRE\tno\n"), "x.tsv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x.tsv line 2")
        .hasMessageContaining("NEGADO");
    assertThatThrownBy(() -> TriggerRules.parse(new StringReader("NEGATED\tSIDEWAYS\tno\n"), "x"))
        .hasMessageContaining("PRE, POST or BOTH");
    assertThatThrownBy(() -> TriggerRules.parse(new StringReader("NEGATED\tPRE\tno\tloud\n"), "x"))
        .hasMessageContaining("unknown flag 'loud'");
    assertThatThrownBy(() -> TriggerRules.parse(new StringReader("FAMILY\tPRE\t{X} con\n"), "x"))
        .hasMessageContaining("macro {X}");
  }

  @Test
  void rejectsATriggerListedTwice() throws Exception {
    List<Trigger> triggers =
        TriggerRules.parse(new StringReader("NEGATED\tPRE\tniega\nPOSSIBLE\tPRE\tNiega\n"), "x");

    assertThatThrownBy(() -> new SpanishAssertionDetector(triggers))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("listed twice");
  }
}
