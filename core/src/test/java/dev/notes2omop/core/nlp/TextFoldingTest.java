package dev.notes2omop.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
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
  void precomputedLatinFoldingEqualsUnicodeDecomposition() {
    for (char c = 0x80; c < 0x3000; c++) {
      if (Character.isSurrogate(c)) {
        continue;
      }
      String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      char expected = Character.toLowerCase(decomposed.charAt(0));
      assertThat(TextFolding.fold(c)).as("U+%04X", (int) c).isEqualTo(expected);
    }
    assertThat(TextFolding.fold("ÁÉÍÓÚÜÑ ºª")).isEqualTo("aeiouun ºª");
  }

  @Test
  void keyCollapsesPunctuationAndSpaces() {
    assertThat(TextFolding.key("  Amoxicilina-Clavulánico ")).isEqualTo("amoxicilina clavulanico");
    assertThat(TextFolding.key("mg/dL")).isEqualTo("mg/dl");
  }
}
