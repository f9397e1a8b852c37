package dev.notes2omop.tagger.assertion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes2omop.core.nlp.Assertion;
import dev.notes2omop.core.nlp.Assertion.Certainty;
import dev.notes2omop.core.nlp.Assertion.Subject;
import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.core.nlp.MeasurementValue;
import dev.notes2omop.core.nlp.Mention;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpanishAssertionDetectorTest {

  private static final Assertion NEGATED = Assertion.AFFIRMED.withNegated(true);
  private static final Assertion POSSIBLE = Assertion.AFFIRMED.withCertainty(Certainty.POSSIBLE);
  private static final Assertion HYPOTHETICAL = Assertion.AFFIRMED.withHypothetical(true);
  private static final Assertion FAMILY = Assertion.AFFIRMED.withSubject(Subject.FAMILY);
  private static final Assertion HISTORICAL = Assertion.AFFIRMED.withHistorical(true);

  private final SpanishAssertionDetector detector = new SpanishAssertionDetector();

  /**
   * Tags the text's mentions, written between square brackets ("Niega [fiebre]"), and returns each
   * mention's text with its assertion, in order.
   */
  private Map<String, Assertion> assertions(String marked) {
    StringBuilder text = new StringBuilder();
    List<int[]> spans = new ArrayList<>();
    int open = -1;
    for (char c : marked.toCharArray()) {
      if (c == '[') {
        open = text.length();
      } else if (c == ']') {
        spans.add(new int[] {open, text.length()});
      } else {
        text.append(c);
      }
    }
    String plain = text.toString();
    List<Mention> mentions = new ArrayList<>();
    for (int[] s : spans) {
      mentions.add(
          new Mention(
              s[0],
              s[1],
              plain.substring(s[0], s[1]),
              EntityLabel.CONDITION,
              Assertion.AFFIRMED.withNegated(true).withHistorical(true),
              null,
              0));
    }
    List<Mention> result = detector.apply(plain, mentions);
    assertThat(result).hasSameSizeAs(mentions);
    Map<String, Assertion> out = new LinkedHashMap<>();
    for (Mention m : result) {
      assertThat(plain.substring(m.start(), m.end())).isEqualTo(m.text());
      out.put(m.text(), m.assertion());
    }
    return out;
  }

  @Test
  void replacesIncomingAssertionsWithAffirmedWhenNoTriggerApplies() {
    assertThat(assertions("Presenta [fiebre] y [tos] desde ayer."))
        .containsEntry("fiebre", Assertion.AFFIRMED)
        .containsEntry("tos", Assertion.AFFIRMED);
  }

  @Test
  void negatesAfterCommonNegationTriggers() {
    assertThat(assertions("Niega [fiebre]. No presenta [disnea]. Se descarta [neumonía]."))
        .containsEntry("fiebre", NEGATED)
        .containsEntry("disnea", NEGATED)
        .containsEntry("neumonía", NEGATED);
    assertThat(
            assertions(
                "Ausencia de [edemas]; libre de [enfermedad]; no se observan [adenopatías];"
                    + " negativo para [malignidad]; no evidencia de [derrame]."))
        .containsOnlyKeys("edemas", "enfermedad", "adenopatías", "malignidad", "derrame")
        .allSatisfy((text, a) -> assertThat(a).isEqualTo(NEGATED));
  }

  @Test
  void negatesEveryItemOfAListAfterSin() {
    assertThat(assertions("Sin [fiebre], [tos] ni [disnea]. Refiere [astenia]."))
        .containsEntry("fiebre", NEGATED)
        .containsEntry("tos", NEGATED)
        .containsEntry("disnea", NEGATED)
        .containsEntry("astenia", Assertion.AFFIRMED);
  }

  @Test
  void negatesBackwardAfterPostTriggers() {
    assertThat(
            assertions("[Neumonía] descartada. Test de [SARS-CoV-2] negativo. [Tos] productiva."))
        .containsEntry("Neumonía", NEGATED)
        .containsEntry("SARS-CoV-2", NEGATED)
        .containsEntry("Tos", Assertion.AFFIRMED);
  }

  @Test
  void stopsBackwardScopeAtAComma() {
    assertThat(assertions("[Dolor torácico], [troponinas] negativas."))
        .containsEntry("Dolor torácico", Assertion.AFFIRMED)
        .containsEntry("troponinas", NEGATED);
  }

  @Test
  void readsNoSeDescartaAsUncertainNotNegated() {
    assertThat(assertions("No se descarta [tromboembolismo pulmonar]. No [tos]."))
        .containsEntry("tromboembolismo pulmonar", POSSIBLE)
        .containsEntry("tos", NEGATED);
  }

  @Test
  void marksUncertainty() {
    assertThat(
            assertions(
                "Probable [neumonía]. Sospecha de [apendicitis]. Imagen compatible con"
                    + " [derrame pleural]. Impresiona de [hepatopatía]. [TEP] a descartar."
                    + " [Infiltrado] dudoso."))
        .containsOnlyKeys(
            "neumonía", "apendicitis", "derrame pleural", "hepatopatía", "TEP", "Infiltrado")
        .allSatisfy((text, a) -> assertThat(a).isEqualTo(POSSIBLE));
  }

  @Test
  void marksHypotheticalMentions() {
    assertThat(
            assertions(
                "Acudir si [fiebre]. En caso de [dolor torácico], llamar. Vigilar aparición de"
                    + " [hematuria]. Si presenta [vómitos], volver. Sí presenta [tos]."))
        .containsEntry("fiebre", HYPOTHETICAL)
        .containsEntry("dolor torácico", HYPOTHETICAL)
        .containsEntry("hematuria", HYPOTHETICAL)
        .containsEntry("vómitos", HYPOTHETICAL)
        .containsEntry("tos", Assertion.AFFIRMED);
  }

  @Test
  void attributesMentionsToRelatives() {
    assertThat(
            assertions(
                "Madre con [cáncer de mama]. Padre fallecido por [IAM]. [Diabetes] en la abuela"
                    + " materna. Antecedentes familiares de [ictus]. El paciente tiene [asma]."))
        .containsEntry("cáncer de mama", FAMILY)
        .containsEntry("IAM", FAMILY)
        .containsEntry("Diabetes", FAMILY)
        .containsEntry("ictus", FAMILY)
        .containsEntry("asma", Assertion.AFFIRMED);
  }

  @Test
  void extendsAFamilySectionHeaderOverItsLine() {
    assertThat(assertions("AF: [DM2] en la madre. [HTA] el padre.\nEA: [dolor abdominal]."))
        .containsEntry("DM2", FAMILY)
        .containsEntry("HTA", FAMILY)
        .containsEntry("dolor abdominal", Assertion.AFFIRMED);
  }

  @Test
  void marksHistory() {
    assertThat(
            assertions(
                "Antecedentes personales de [HTA] y [dislipemia]. Intervenido de [apendicitis]."
                    + " [Colecistectomía] en 2015. [IAM] previo. Hace 3 años [ictus]. Ahora [tos]."))
        .containsEntry("HTA", HISTORICAL)
        .containsEntry("dislipemia", HISTORICAL)
        .containsEntry("apendicitis", HISTORICAL)
        .containsEntry("Colecistectomía", HISTORICAL)
        .containsEntry("IAM", HISTORICAL)
        .containsEntry("ictus", HISTORICAL)
        .containsEntry("tos", Assertion.AFFIRMED);
  }

  @Test
  void extendsAHistorySectionAcrossSentencesAndListLines() {
    String note =
        "AP: [HTA]. [DM2]. [Dislipemia].\n"
            + "Motivo de consulta: [dolor torácico].\n"
            + "Antecedentes personales:\n"
            + "- [EPOC]\n"
            + "- [FA]\n"
            + "\n"
            + "Exploración: [soplo] sistólico.";

    assertThat(assertions(note))
        .containsEntry("HTA", HISTORICAL)
        .containsEntry("DM2", HISTORICAL)
        .containsEntry("Dislipemia", HISTORICAL)
        .containsEntry("dolor torácico", Assertion.AFFIRMED)
        .containsEntry("EPOC", HISTORICAL)
        .containsEntry("FA", HISTORICAL)
        .containsEntry("soplo", Assertion.AFFIRMED);
  }

  @Test
  void endsASectionAtTheNextHeader() {
    assertThat(assertions("AF: [DM2]. EA: [dolor abdominal]."))
        .containsEntry("DM2", FAMILY)
        .containsEntry("dolor abdominal", Assertion.AFFIRMED);
    assertThat(assertions("Antecedentes personales:\n[EPOC]\nExploración: [soplo] sistólico."))
        .containsEntry("EPOC", HISTORICAL)
        .containsEntry("soplo", Assertion.AFFIRMED);
  }

  @Test
  void keepsASectionScopeAcrossTriggersAfterCommas() {
    assertThat(assertions("AP: [HTA], posible [EPOC]. [Dislipemia].\nRefiere [tos]."))
        .containsEntry("HTA", HISTORICAL)
        .containsEntry("EPOC", HISTORICAL.withCertainty(Certainty.POSSIBLE))
        .containsEntry("Dislipemia", HISTORICAL)
        .containsEntry("tos", Assertion.AFFIRMED);
  }

  @Test
  void combinesCategories() {
    assertThat(assertions("Sin antecedentes familiares de [cáncer de colon]."))
        .containsEntry("cáncer de colon", NEGATED.withSubject(Subject.FAMILY));
    assertThat(assertions("Niega antecedentes de [tuberculosis]."))
        .containsEntry("tuberculosis", NEGATED.withHistorical(true));
  }

  @Test
  void ignoresPseudoTriggers() {
    assertThat(
            assertions(
                "Sin cambios en la [disnea]. No solo [tos], también [fiebre]. Bacilo gram negativo"
                    + " en [orina]. Sin mejoría del [dolor]. Paracetamol si precisa por [cefalea]."))
        .containsOnlyKeys("disnea", "tos", "fiebre", "orina", "dolor", "cefalea")
        .allSatisfy((text, a) -> assertThat(a).isEqualTo(Assertion.AFFIRMED));
  }

  @Test
  void endsScopesAtClauseTerminators() {
    assertThat(
            assertions(
                "Niega [fiebre] pero refiere [tos]. Sin [disnea] aunque [dolor torácico]."
                    + " Sin [edemas] con [ingurgitación yugular]. No [vómitos]; [diarrea].\n"
                    + "Sin [náuseas]\n[mareo]. Probable [gripe], sin embargo [otitis]."))
        .containsEntry("fiebre", NEGATED)
        .containsEntry("tos", Assertion.AFFIRMED)
        .containsEntry("disnea", NEGATED)
        .containsEntry("dolor torácico", Assertion.AFFIRMED)
        .containsEntry("edemas", NEGATED)
        .containsEntry("ingurgitación yugular", Assertion.AFFIRMED)
        .containsEntry("vómitos", NEGATED)
        .containsEntry("diarrea", Assertion.AFFIRMED)
        .containsEntry("náuseas", NEGATED)
        .containsEntry("mareo", Assertion.AFFIRMED)
        .containsEntry("gripe", POSSIBLE)
        .containsEntry("otitis", Assertion.AFFIRMED);
  }

  @Test
  void letsHistoryAndFamilyRunPastAdversatives() {
    assertThat(assertions("No refiere antecedentes de interés salvo [HTA]."))
        .containsEntry("HTA", HISTORICAL);
    assertThat(assertions("Madre con [DM2] pero sin [HTA]."))
        .containsEntry("DM2", FAMILY)
        .containsEntry("HTA", FAMILY.withNegated(true));
  }

  @Test
  void endsAScopeAtANewTriggerAfterAComma() {
    assertThat(assertions("No se observa [derrame], probable [neumonía]."))
        .containsEntry("derrame", NEGATED)
        .containsEntry("neumonía", POSSIBLE);
  }

  @Test
  void limitsForwardScopeToAWindowOfWords() {
    assertThat(
            assertions(
                "Sin [fiebre] durante los tres largos días del viaje de vuelta a casa desde la"
                    + " costa [astenia]."))
        .containsEntry("fiebre", NEGATED)
        .containsEntry("astenia", Assertion.AFFIRMED);
  }

  @Test
  void doesNotLetAMentionTriggerItself() {
    assertThat(assertions("[Dolor no filiado] y [sin hogar] en [paciente negativo]."))
        .allSatisfy((text, a) -> assertThat(a).isEqualTo(Assertion.AFFIRMED));
    assertThat(assertions("[Insuficiencia cardiaca con FEVI reducida] sin [edemas]."))
        .containsEntry("Insuficiencia cardiaca con FEVI reducida", Assertion.AFFIRMED)
        .containsEntry("edemas", NEGATED);
  }

  @Test
  void keepsDecimalPointsInsideAScope() {
    assertThat(assertions("Probable [nódulo] de 1.5 cm o [quiste]."))
        .containsEntry("nódulo", POSSIBLE)
        .containsEntry("quiste", POSSIBLE);
    assertThat(assertions("Probable [nódulo] de 1. [Quiste] simple."))
        .containsEntry("nódulo", POSSIBLE)
        .containsEntry("Quiste", Assertion.AFFIRMED);
  }

  @Test
  void doesNotReadRecentDaysAsHistory() {
    assertThat(assertions("[Fiebre] en los días previos. [Neumonía] previa."))
        .containsEntry("Fiebre", Assertion.AFFIRMED)
        .containsEntry("Neumonía", HISTORICAL);
  }

  @Test
  void returnsNothingForNoMentionsAndRejectsMentionsOutsideTheText() {
    assertThat(detector.apply("Niega fiebre.", List.of())).isEmpty();
    Mention outside =
        new Mention(10, 20, "0123456789", EntityLabel.CONDITION, Assertion.AFFIRMED, null, 0);
    assertThatThrownBy(() -> detector.apply("corto", List.of(outside)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("10-20");
  }

  @Test
  void doesNotNegateAMeasurementByItsOwnQualitativeResult() {
    String text = "PCR negativa. Dolor torácico negativo, troponina negativa.";
    Mention pcr =
        new Mention(0, 3, "PCR", EntityLabel.MEASUREMENT, Assertion.AFFIRMED, null, 0)
            .withValue(MeasurementValue.qualitative("Negative", "negativa"));
    int t = text.indexOf("troponina");
    Mention troponin =
        new Mention(t, t + 9, "troponina", EntityLabel.MEASUREMENT, Assertion.AFFIRMED, null, 0);

    List<Mention> result = detector.apply(text, List.of(pcr, troponin));

    assertThat(result.get(0).assertion()).isEqualTo(Assertion.AFFIRMED);
    assertThat(result.get(1).assertion()).isEqualTo(NEGATED);
  }
}
