package dev.notes2omop.plugin.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonStringsTest {

  @Test
  void escapesQuotesBackslashesAndControlCharacters() throws Exception {
    String value = "dijo \"no\" \\ línea\nnueva\ttab \u0001 \u2028 ºC µg";

    String quoted = JsonStrings.quote(value);

    assertThat(quoted).doesNotContain("\n", "\t", "\u0001", "\u2028");
    assertThat(new ObjectMapper().readValue(quoted, String.class)).isEqualTo(value);
  }

  @Test
  void leavesPlainTextAsItIs() {
    assertThat(JsonStrings.quote("Informe de alta")).isEqualTo("\"Informe de alta\"");
  }
}
