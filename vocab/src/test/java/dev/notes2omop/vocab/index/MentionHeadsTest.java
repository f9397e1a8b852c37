package dev.notes2omop.vocab.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MentionHeadsTest {

  @Test
  void dropsACauseAdjective() {
    assertThat(MentionHeads.of("neumonía neumocócica")).containsExactly("neumonía");
  }

  @Test
  void dropsLateralityThenTheSite() {
    assertThat(MentionHeads.of("fractura de cadera derecha"))
        .containsExactly("fractura de cadera", "fractura");
  }

  @Test
  void dropsSeverityTimeCourseAndType() {
    assertThat(MentionHeads.of("otitis media aguda grave"))
        .containsExactly("otitis media aguda", "otitis media");
    assertThat(MentionHeads.of("diabetes mellitus tipo 2 descompensada"))
        .containsExactly("diabetes mellitus");
  }

  @Test
  void cutsAtACause() {
    assertThat(MentionHeads.of("anemia secundaria a hemorragia digestiva"))
        .containsExactly("anemia");
    assertThat(MentionHeads.of("neumonía adquirida en la comunidad"))
        .containsExactly("neumonía en la comunidad", "neumonía");
  }

  @Test
  void keepsEveryWordItCannotName() {
    assertThat(MentionHeads.of("insuficiencia cardiaca")).isEmpty();
    assertThat(MentionHeads.of("neumonía")).isEmpty();
    assertThat(MentionHeads.of("cáncer de mama")).containsExactly("cáncer");
  }
}
