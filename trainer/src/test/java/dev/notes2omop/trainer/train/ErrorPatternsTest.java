package dev.notes2omop.trainer.train;

import static dev.notes2omop.core.nlp.EntityLabel.CONDITION;
import static dev.notes2omop.core.nlp.EntityLabel.DRUG;
import static dev.notes2omop.core.nlp.EntityLabel.MEASUREMENT;
import static dev.notes2omop.core.nlp.EntityLabel.PROCEDURE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.tagger.model.TagSpan;
import dev.notes2omop.trainer.synth.Focus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The grouping of validation errors into patterns, on hand-made records with known counts. */
class ErrorPatternsTest {

  /** A record whose gold and predicted spans are given by their text (first occurrence). */
  private static ErrorPatterns.Scored scored(String text, List<S> gold, List<S> pred) {
    return new ErrorPatterns.Scored(text, spans(text, gold), spans(text, pred));
  }

  private static List<TagSpan> spans(String text, List<S> specs) {
    List<TagSpan> out = new ArrayList<>();
    for (S s : specs) {
      int start = text.indexOf(s.text());
      out.add(new TagSpan(start, start + s.text().length(), s.label()));
    }
    return out;
  }

  private record S(String text, EntityLabel label) {}

  private static S s(String text, EntityLabel label) {
    return new S(text, label);
  }

  private static final List<ErrorPatterns.Scored> RECORDS =
      List.of(
          // IAM missed twice (once in capitals, folded alike); metformina found
          scored(
              "Antecedentes de IAM. Toma metformina.",
              List.of(s("IAM", CONDITION), s("metformina", DRUG)),
              List.of(s("metformina", DRUG))),
          scored("AP: iam en 2015.", List.of(s("iam", CONDITION)), List.of()),
          // boundary: only part of the span predicted; confusion: TA as PROCEDURE
          scored(
              "Insuficiencia cardiaca congestiva. TA 130/80.",
              List.of(s("Insuficiencia cardiaca congestiva", CONDITION), s("TA", MEASUREMENT)),
              List.of(s("Insuficiencia cardiaca", CONDITION), s("TA", PROCEDURE))),
          // false positives: Ictus after "de" twice, once after "por"
          scored("Ingresa en la Unidad de Ictus.", List.of(), List.of(s("Ictus", CONDITION))),
          scored("Alta desde Unidad de ictus.", List.of(), List.of(s("ictus", CONDITION))),
          scored("Trasladado por ictus.", List.of(), List.of(s("ictus", CONDITION))));

  @Test
  void countsEachKindOfErrorByFoldedTextAndLabel() {
    List<ErrorPatterns.Pattern> patterns = ErrorPatterns.of(RECORDS);
    assertThat(patterns)
        .extracting(p -> p.focus().kind(), ErrorPatterns.Pattern::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Focus.Kind.MISSED, 2),
            org.assertj.core.groups.Tuple.tuple(Focus.Kind.FALSE_POSITIVE, 2),
            org.assertj.core.groups.Tuple.tuple(Focus.Kind.BOUNDARY, 1),
            org.assertj.core.groups.Tuple.tuple(Focus.Kind.CONFUSION, 1),
            org.assertj.core.groups.Tuple.tuple(Focus.Kind.FALSE_POSITIVE, 1));
    ErrorPatterns.Pattern missed = patterns.get(0);
    assertThat(missed.focus().text()).isEqualTo("IAM");
    assertThat(missed.focus().label()).isEqualTo(CONDITION);
    ErrorPatterns.Pattern unit = patterns.get(1);
    assertThat(unit.focus().text()).isEqualTo("Ictus");
    assertThat(unit.focus().context()).isEqualTo("la Unidad de");
    assertThat(patterns.get(2).focus().text()).isEqualTo("Insuficiencia cardiaca congestiva");
    Focus confusion = patterns.get(3).focus();
    assertThat(confusion.label()).isEqualTo(MEASUREMENT);
    assertThat(confusion.predicted()).isEqualTo(PROCEDURE);
    assertThat(patterns.get(4).focus().context()).isEqualTo("Trasladado por");
  }

  @Test
  void topKeepsTheMostFrequentPatterns() {
    assertThat(ErrorPatterns.top(RECORDS, 2))
        .extracting(ErrorPatterns.Pattern::count)
        .containsExactly(2, 2);
    assertThat(ErrorPatterns.top(RECORDS, 50)).hasSize(5);
  }

  @Test
  void aPerfectModelHasNoPatterns() {
    ErrorPatterns.Scored r =
        scored("Toma metformina.", List.of(s("metformina", DRUG)), List.of(s("metformina", DRUG)));
    assertThat(ErrorPatterns.of(List.of(r))).isEmpty();
  }

  @Test
  void contextStopsAtTheSentence() {
    assertThat(ErrorPatterns.context("Sin fiebre. Paciente en fase", 0, 24))
        .isEqualTo("Paciente en");
    assertThat(ErrorPatterns.context("fase", 0, 0)).isEmpty();
  }

  @Test
  void aFalsePositivesContextHoldsNoGoldMention() {
    String text = "GPT elevado desde joven.";
    ErrorPatterns.Scored r =
        scored(
            text,
            List.of(s("GPT", MEASUREMENT)),
            List.of(s("GPT", MEASUREMENT), s("joven", MEASUREMENT)));
    List<ErrorPatterns.Pattern> patterns = ErrorPatterns.of(List.of(r));
    assertThat(patterns).hasSize(1);
    assertThat(patterns.get(0).focus().text()).isEqualTo("joven");
    assertThat(patterns.get(0).focus().context()).isEqualTo("elevado desde");
  }
}
