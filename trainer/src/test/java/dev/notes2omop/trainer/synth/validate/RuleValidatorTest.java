package dev.notes2omop.trainer.synth.validate;

import static dev.notes2omop.trainer.synth.validate.SampleRecords.record;
import static dev.notes2omop.trainer.synth.validate.SampleRecords.withConcepts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.notes2omop.core.nlp.Assertion;
import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.trainer.data.ConceptRef;
import dev.notes2omop.trainer.data.RecordKind;
import dev.notes2omop.trainer.data.SynthEntity;
import dev.notes2omop.trainer.data.SynthRecord;
import dev.notes2omop.trainer.synth.Verdict;
import dev.notes2omop.vocab.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleValidatorTest {

  private static final Lexicon LEXICON = Lexicon.bundledSpanish();

  private static final SynthRecord GOOD =
      withConcepts(
          record(
              "r1",
              "alta.antecedentes",
              "Paciente con [HTA] en tratamiento con [metformina] desde hace años.",
              EntityLabel.CONDITION,
              EntityLabel.DRUG),
          SampleRecords.HTA,
          SampleRecords.METFORMINA);

  private static Verdict judge(SynthRecord record) {
    return judge(record, RuleOptions.defaults());
  }

  private static Verdict judge(SynthRecord record, RuleOptions options) {
    return new RuleValidator(LEXICON, options).validate(List.of(record)).get(0);
  }

  /** {@code record} with its entities replaced, tokens and tags kept. */
  private static SynthRecord withEntities(SynthRecord record, SynthEntity... entities) {
    return new SynthRecord(
        record.id(),
        record.text(),
        record.tokens(),
        record.tags(),
        List.of(entities),
        record.meta());
  }

  private static SynthEntity entity(int start, int end, EntityLabel label, String text) {
    return new SynthEntity(start, end, label, text, null, Assertion.AFFIRMED);
  }

  @Test
  void acceptsAWellFormedSpanishRecordWhoseLabelsMatchTheirConcepts() {
    Verdict verdict = judge(GOOD);

    assertThat(verdict.accepted()).as(verdict.reasons().toString()).isTrue();
    assertThat(new RuleValidator().id()).isEqualTo("rules-1");
  }

  @Test
  void rejectsBlankText() {
    SynthRecord blank =
        new SynthRecord(
            "r",
            "  ",
            List.of(),
            List.of(),
            List.of(),
            SampleRecords.meta("t", "f", RecordKind.NEGATIVE));

    assertThat(judge(blank).reasons()).containsExactly(Reasons.EMPTY_TEXT);
  }

  @Test
  void rejectsTextLongerThanTheLimit() {
    RuleOptions shortTexts = new RuleOptions(20, true, 0.9);

    assertThat(judge(GOOD, shortTexts).reasons()).containsExactly(Reasons.TOO_LONG);
  }

  @Test
  void rejectsAnEntityOutsideTheText() {
    SynthRecord bad = withEntities(GOOD, entity(60, 90, EntityLabel.CONDITION, "x"));

    assertThat(judge(bad).reasons()).contains(Reasons.SPAN_OUT_OF_BOUNDS);
  }

  @Test
  void rejectsAnEntityWhoseTextIsNotItsSpan() {
    SynthEntity hta = GOOD.entities().get(0);
    SynthEntity wrong = entity(hta.start(), hta.end(), hta.label(), "HTX");
    SynthRecord bad = withEntities(GOOD, wrong, GOOD.entities().get(1));

    assertThat(judge(bad).reasons()).containsExactly(Reasons.SPAN_MISMATCH);
  }

  @Test
  void rejectsEntitiesOutOfOrderOrOverlapping() {
    SynthEntity hta = GOOD.entities().get(0);
    SynthEntity drug = GOOD.entities().get(1);
    SynthRecord reversed = withEntities(GOOD, drug, hta);
    SynthEntity overlapping = entity(hta.start(), hta.end(), EntityLabel.DRUG, hta.text());
    SynthRecord overlap = withEntities(GOOD, hta, overlapping);

    assertThat(judge(reversed).reasons()).contains(Reasons.SPAN_OVERLAP);
    assertThat(judge(overlap).reasons()).contains(Reasons.SPAN_OVERLAP);
  }

  @Test
  void rejectsAnEntityThatCutsAToken() {
    SynthEntity hta = GOOD.entities().get(0);
    SynthEntity half = entity(hta.start(), hta.start() + 2, hta.label(), "HT");

    assertThat(judge(withEntities(GOOD, half)).reasons()).containsExactly(Reasons.SPAN_NOT_TOKEN);
  }

  @Test
  void rejectsTagsThatDoNotMatchTheEntities() {
    List<String> tags = new ArrayList<>(GOOD.tags());
    int drug = tags.indexOf("B-DRUG");
    tags.set(drug, "B-CONDITION");
    SynthRecord bad =
        new SynthRecord(GOOD.id(), GOOD.text(), GOOD.tokens(), tags, GOOD.entities(), GOOD.meta());

    assertThat(judge(bad).reasons()).containsExactly(Reasons.BIO_MISMATCH);
  }

  @Test
  void rejectsTokensThatAreNotTheTextsTokens() {
    List<String> tokens = new ArrayList<>(GOOD.tokens());
    tokens.set(0, "Pacientes");
    SynthRecord bad =
        new SynthRecord(GOOD.id(), GOOD.text(), tokens, GOOD.tags(), GOOD.entities(), GOOD.meta());

    assertThat(judge(bad).reasons()).containsExactly(Reasons.BIO_MISMATCH);
  }

  @Test
  void rejectsAnInsideTagWithoutItsBeginning() {
    SynthRecord negative = record("n", "f", "Sin alergias medicamentosas conocidas.");
    List<String> tags = new ArrayList<>(negative.tags());
    tags.set(1, "I-DRUG");
    SynthRecord bad =
        new SynthRecord("n", negative.text(), negative.tokens(), tags, List.of(), negative.meta());

    assertThat(judge(bad).reasons()).contains(Reasons.BIO_INVALID, Reasons.BIO_MISMATCH);
  }

  @Test
  void rejectsALabelThatIsNotItsConceptsDomain() {
    SynthRecord drugAsCondition =
        withConcepts(
            record("r", "f", "Toma [metformina] a diario.", EntityLabel.CONDITION),
            SampleRecords.METFORMINA);
    SynthRecord unitAsMeasurement =
        withConcepts(
            record("u", "f", "Tensión de 120/80 [mmHg] en la consulta.", EntityLabel.MEASUREMENT),
            SampleRecords.MMHG);
    SynthRecord measurement =
        withConcepts(
            record(
                "m",
                "f",
                "Se solicita [hemoglobina glicada] en la analítica.",
                EntityLabel.MEASUREMENT),
            SampleRecords.HBA1C);

    assertThat(judge(drugAsCondition).reasons()).containsExactly(Reasons.LABEL_DOMAIN);
    assertThat(judge(unitAsMeasurement).reasons()).containsExactly(Reasons.LABEL_DOMAIN);
    assertThat(judge(measurement).accepted()).isTrue();
  }

  @Test
  void rejectsAConceptNotInTheLexiconUnlessToldToAcceptThem() {
    SynthRecord unknown =
        withConcepts(
            record(
                "r",
                "f",
                "Antecedente de [fiebre mediterránea] en la infancia.",
                EntityLabel.CONDITION),
            new ConceptRef("SNOMED", "999999999"));

    assertThat(judge(unknown).reasons()).containsExactly(Reasons.UNKNOWN_CONCEPT);
    assertThat(judge(unknown, RuleOptions.defaults().withRejectUnknownConcepts(false)).accepted())
        .isTrue();
  }

  @Test
  void rejectsANegativeRecordWithEntitiesAndAPositiveOneWithout() {
    SynthRecord negativeWithEntity =
        GOOD.withMeta(SampleRecords.meta("t", "f", RecordKind.NEGATIVE));
    SynthRecord emptyPositive =
        record("p", "f", "Sin cambios respecto a la visita previa.")
            .withMeta(SampleRecords.meta("t", "f", RecordKind.POSITIVE));
    SynthRecord hardNegativeWithNegatedMention =
        GOOD.withMeta(SampleRecords.meta("t", "f", RecordKind.HARD_NEGATIVE));

    assertThat(judge(negativeWithEntity).reasons()).containsExactly(Reasons.KIND_MISMATCH);
    assertThat(judge(emptyPositive).reasons()).containsExactly(Reasons.KIND_MISMATCH);
    assertThat(judge(hardNegativeWithNegatedMention).accepted()).isTrue();
  }

  @Test
  void rejectsEnglishTextButAcceptsTelegraphicNotes() {
    SynthRecord english =
        record(
            "e",
            "f",
            "The patient was admitted with [HTA] and denies chest pain.",
            EntityLabel.CONDITION);
    SynthRecord telegraphic = record("t", "f", "TA 120/80 mmHg. FC 72 lpm. SatO2 98%.");

    assertThat(judge(english).reasons()).containsExactly(Reasons.NOT_SPANISH);
    assertThat(judge(telegraphic).accepted()).isTrue();
  }

  @Test
  void rejectsExactDuplicatesAfterTheFirstIgnoringCaseAndSpacing() {
    SynthRecord same =
        withConcepts(
            record(
                "r3",
                "other",
                "PACIENTE con [HTA]  en tratamiento con [metformina] desde hace años.",
                EntityLabel.CONDITION,
                EntityLabel.DRUG),
            SampleRecords.HTA,
            SampleRecords.METFORMINA);

    List<Verdict> verdicts = new RuleValidator().validate(List.of(GOOD, same));

    assertThat(verdicts.get(0).accepted()).isTrue();
    assertThat(verdicts.get(1).reasons()).containsExactly(Reasons.DUPLICATE);
  }

  @Test
  void rejectsTextsThatDifferOnlyInNumbersAccentsAndCase() {
    SynthRecord first =
        record("a", "f", "Tensión arterial 120/80 mmHg, frecuencia cardiaca 72 lpm.");
    SynthRecord second =
        record("b", "f", "tension arterial 135/85 mmHg; frecuencia cardiaca 90 lpm");

    List<Verdict> verdicts = new RuleValidator().validate(List.of(first, second));

    assertThat(verdicts.get(0).accepted()).isTrue();
    assertThat(verdicts.get(1).reasons()).containsExactly(Reasons.NEAR_DUPLICATE);
  }

  @Test
  void rejectsALongTextWithOneWordAddedAsANearDuplicate() {
    String base =
        "Paciente de 67 años con antecedentes de hipertensión arterial y diabetes mellitus tipo 2"
            + " en tratamiento con metformina, que acude a urgencias por dolor torácico opresivo de"
            + " dos horas de evolución irradiado a brazo izquierdo y acompañado de sudoración.";
    SynthRecord first = record("a", "f", base);
    SynthRecord second = record("b", "f", base.replace("opresivo de", "opresivo intenso de"));
    SynthRecord different =
        record(
            "c",
            "f",
            "Mujer de 45 años sin alergias conocidas que consulta por cefalea frontal de una semana"
                + " de evolución, sin fiebre ni vómitos, con exploración neurológica normal.");

    List<Verdict> verdicts = new RuleValidator().validate(List.of(first, second, different));

    assertThat(verdicts.get(1).reasons()).containsExactly(Reasons.NEAR_DUPLICATE);
    assertThat(verdicts.get(2).accepted()).isTrue();
  }

  @Test
  void keepsTextsOfTheSameTemplateWithDifferentMentions() {
    SynthRecord hta =
        record(
            "a",
            "f",
            "Paciente con [hipertensión arterial] en tratamiento con [enalapril].",
            EntityLabel.CONDITION,
            EntityLabel.DRUG);
    SynthRecord dm =
        record(
            "b",
            "f",
            "Paciente con [diabetes mellitus] en tratamiento con [metformina].",
            EntityLabel.CONDITION,
            EntityLabel.DRUG);

    List<Verdict> verdicts = new RuleValidator().validate(List.of(hta, dm));

    assertThat(verdicts).allMatch(Verdict::accepted);
  }

  @Test
  void remembersAcceptedTextsAcrossBatches() {
    RuleValidator validator = new RuleValidator();
    validator.validate(List.of(GOOD));

    List<Verdict> later = validator.validate(List.of(GOOD));

    assertThat(later.get(0).reasons()).containsExactly(Reasons.DUPLICATE);
  }

  @Test
  void aRejectedRecordDoesNotMakeALaterGoodOneADuplicate() {
    SynthRecord badFirst = GOOD.withMeta(SampleRecords.meta("t", "f", RecordKind.NEGATIVE));

    List<Verdict> verdicts = new RuleValidator().validate(List.of(badFirst, GOOD));

    assertThat(verdicts.get(0).accepted()).isFalse();
    assertThat(verdicts.get(1).accepted()).isTrue();
  }

  @Test
  void validatesTwentyFiveThousandRecordsInOneCall() {
    String[] words =
        ("paciente dolor fiebre tos disnea control analítica hemograma glucemia tratamiento"
                + " revisión consulta urgencias ingreso alta evolución favorable estable afebril"
                + " hipertensión diabetes insuficiencia cardiaca renal crónica aguda leve moderada"
                + " grave sin con de la el en por para que se refiere niega presenta cuadro días")
            .split(" ");
    java.util.Random random = new java.util.Random(7);
    List<SynthRecord> records = new ArrayList<>();
    for (int i = 0; i < 25_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 25; w++) {
        text.append(words[random.nextInt(words.length)]).append(' ');
      }
      text.append(i).append('.');
      records.add(record("p" + i, "f" + (i % 50), text.toString()));
    }
    // how fast is for a benchmark: tests do not time (a loaded machine failed this at 10 s)
    List<Verdict> verdicts = new RuleValidator().validate(records);

    assertThat(verdicts).hasSize(records.size());
    assertThat(verdicts.stream().filter(Verdict::accepted).count()).isGreaterThan(24_000);
  }
}
