package dev.notes2omop.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

  @Test
  void collapsesWhitespaceLikeABrowser() {
    assertThat(HtmlText.toPlainText("<p>  Tos   seca\n  y   fiebre </p>"))
        .isEqualTo("Tos seca y fiebre");
  }

  @Test
  void keepsInlineElementsOnTheirLine() {
    assertThat(HtmlText.toPlainText("<p>Dx: <b>neumonía</b> <i>bilateral</i>.</p>"))
        .isEqualTo("Dx: neumonía bilateral.");
  }

  @Test
  void separatesTableCellsWithTabsAndRowsWithLines() {
    String html =
        "<table><tr><th>Prueba</th><th>Valor</th></tr>"
            + "<tr><td>Hemoglobina</td><td>9,8 g/dl</td></tr></table>";

    assertThat(HtmlText.toPlainText(html)).isEqualTo("Prueba\tValor\nHemoglobina\t9,8 g/dl");
  }

  @Test
  void keepsAtMostOneBlankLineFromRepeatedBreaks() {
    assertThat(HtmlText.toPlainText("Alergias:<br><br><br><br>ninguna conocida"))
        .isEqualTo("Alergias:\n\nninguna conocida");
  }

  @Test
  void keepsPreformattedTextAsWritten() {
    assertThat(HtmlText.toPlainText("<pre>TA   120/80\n  FC 72</pre>"))
        .isEqualTo("TA   120/80\n  FC 72");
  }

  @Test
  void numbersOrderedListsFromTheirStartAttribute() {
    assertThat(HtmlText.toPlainText("<ol start=\"3\"><li>Reposo</li><li>Hidratación</li></ol>"))
        .isEqualTo("3. Reposo\n4. Hidratación");
  }

  @Test
  void dropsStylesScriptsAndComments() {
    assertThat(
            HtmlText.toPlainText(
                "<style>b{}</style><p>Alta<!-- nota interna --></p><script>x()</script>"))
        .isEqualTo("Alta");
  }
}
