package dev.notes2omop.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFoldingTest {

  @Test
  void foldsCaseAndAccentsKeepingLength() {
    String text = "Insuficiencia Cardíaca, NIÑO, pingüino";
    String folded = TextFolding.fold(text);
    assertThat(folded).isEqualTo("insuficiencia cardiaca, nino, pinguino");
    assertThat(folded).hasSameSizeAs(text);
  }

  @Test
  void keyCollapsesPunctuationAndSpaces() {
    assertThat(TextFolding.key("  Amoxicilina-Clavulánico ")).isEqualTo("amoxicilina clavulanico");
    assertThat(TextFolding.key("mg/dL")).isEqualTo("mg/dl");
  }
}
