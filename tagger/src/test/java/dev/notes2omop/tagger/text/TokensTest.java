package dev.notes2omop.tagger.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokensTest {

  private static List<String> originals(Tokens tokens) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      out.add(tokens.original(i));
      assertThat(tokens.key(i)).hasSameSizeAs(tokens.original(i));
    }
    return out;
  }

  @Test
  void splitsWordsAndPunctuationAndDropsHyphens() {
    Tokens tokens = Tokens.of("Amoxicilina-clavulánico, K+ 3.2; SatO2 95%");

    assertThat(originals(tokens))
        .containsExactly(
            "Amoxicilina", "clavulánico", ",", "K", "+", "3", ".", "2", ";", "SatO2", "95", "%");
    assertThat(tokens.key(1)).isEqualTo("clavulanico");
    assertThat(tokens.isWord(2)).isFalse();
    assertThat(tokens.isNumber(10)).isTrue();
    assertThat(tokens.isNumber(9)).isFalse();
    assertThat(tokens.touchesPrevious(4)).isTrue();
    assertThat(tokens.touchesPrevious(5)).isFalse();
  }

  @Test
  void countsLineBreaksBetweenTokens() {
    Tokens tokens = Tokens.of("a\r\nb\n\nc d");

    assertThat(tokens.lineBreaksBefore(1)).isEqualTo(1);
    assertThat(tokens.lineBreaksBefore(2)).isEqualTo(2);
    assertThat(tokens.sameLine(3)).isTrue();
  }

  @Test
  void handlesEmptyAndLongTexts() {
    assertThat(Tokens.of("").size()).isZero();
    assertThat(Tokens.of(" - \n").size()).isZero();
    assertThat(Tokens.of("ab ".repeat(1000)).size()).isEqualTo(1000);
  }
}
