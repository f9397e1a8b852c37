package dev.notes2omop.omop.write;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColumnsTest {

  @Test
  void fitCountsCharactersAsPostgresDoesAndNeverSplitsASurrogatePair() {
    String emoji = "\uD83D\uDE00";
    assertThat(Columns.fit("ab" + emoji + "cd", 3)).isEqualTo("ab" + emoji);
    assertThat(Columns.fit(emoji.repeat(5), 5)).isEqualTo(emoji.repeat(5));
    assertThat(Columns.fit("a\0b", 10)).isEqualTo("a b");
    assertThat(Columns.fit(null, 10)).isNull();
  }

  @Test
  void snippetCentresTheMentionWithinTheLimit() {
    String text = "a".repeat(300) + "MENTION" + "b".repeat(300);
    String snippet = Columns.snippet(text, 300, 307, 250);
    assertThat(snippet).hasSize(250).contains("MENTION");
    assertThat(snippet.indexOf("MENTION")).isBetween(120, 122);
  }

  @Test
  void snippetUsesTheWholeTextNearItsEdges() {
    assertThat(Columns.snippet("fiebre alta", 0, 6, 250)).isEqualTo("fiebre alta");
    String text = "MENTION" + "b".repeat(400);
    assertThat(Columns.snippet(text, 0, 7, 250)).hasSize(250).startsWith("MENTION");
  }

  @Test
  void snippetOfAMentionLongerThanTheLimitIsItsStart() {
    String text = "x" + "m".repeat(300);
    assertThat(Columns.snippet(text, 1, 301, 250)).isEqualTo("m".repeat(250));
  }
}
