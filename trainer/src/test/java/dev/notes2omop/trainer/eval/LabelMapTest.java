package dev.notes2omop.trainer.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LabelMapTest {

  @Test
  void parsesPairsAndKeepsTheTargetsInOrder() {
    LabelMap map = LabelMap.parse(" NORMALIZABLES=DRUG , MORFOLOGIA_NEOPLASIA=CONDITION,X=DRUG");
    assertThat(map.target("NORMALIZABLES")).contains("DRUG");
    assertThat(map.target("PROTEINAS")).isEmpty();
    assertThat(map.targets()).containsExactly("DRUG", "CONDITION");
    assertThat(map.scores("CONDITION")).isTrue();
    assertThat(map.scores("PROCEDURE")).isFalse();
  }

  @Test
  void rejectsMalformedPairs() {
    assertThatThrownBy(() -> LabelMap.parse("NORMALIZABLES"))
        .hasMessageContaining("'NORMALIZABLES' is not GOLD=OURS");
    assertThatThrownBy(() -> LabelMap.parse("A=B,A=C")).hasMessageContaining("A is mapped twice");
    assertThatThrownBy(() -> LabelMap.parse(" ")).hasMessageContaining("empty");
  }
}
