package dev.notes2omop.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes2omop.core.nlp.Assertion.Certainty;
import dev.notes2omop.core.nlp.Assertion.Subject;
import org.junit.jupiter.api.Test;

class AssertionTest {

  @Test
  void affirmedMentionExistsForThePatient() {
    assertThat(Assertion.AFFIRMED.termExists()).isTrue();
    assertThat(Assertion.AFFIRMED.termTemporal()).isNull();
  }

  @Test
  void negatedUncertainFamilyAndHypotheticalMentionsDoNotExist() {
    assertThat(Assertion.AFFIRMED.withNegated(true).termExists()).isFalse();
    assertThat(Assertion.AFFIRMED.withCertainty(Certainty.POSSIBLE).termExists()).isFalse();
    assertThat(Assertion.AFFIRMED.withSubject(Subject.FAMILY).termExists()).isFalse();
    assertThat(Assertion.AFFIRMED.withHypothetical(true).termExists()).isFalse();
  }

  @Test
  void historyExistsAndIsMarkedPast() {
    Assertion history = Assertion.AFFIRMED.withHistorical(true);
    assertThat(history.termExists()).isTrue();
    assertThat(history.termTemporal()).isEqualTo("past");
  }

  @Test
  void modifiersNameEveryAttribute() {
    Assertion family = Assertion.AFFIRMED.withSubject(Subject.FAMILY).withNegated(true);
    assertThat(family.termModifiers())
        .isEqualTo(
            "negated=true,certainty=certain,subject=family,temporal=current,hypothetical=false");
  }
}
