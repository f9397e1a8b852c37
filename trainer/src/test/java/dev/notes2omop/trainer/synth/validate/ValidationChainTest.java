package dev.notes2omop.trainer.synth.validate;

import static dev.notes2omop.trainer.synth.validate.SampleRecords.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes2omop.trainer.data.SynthRecord;
import dev.notes2omop.trainer.synth.Validator;
import dev.notes2omop.trainer.synth.Verdict;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationChainTest {

  /** Rejects records whose text contains "rechazar", and remembers what it saw. */
  private static final class Picky implements Validator {
    final List<String> seen = new ArrayList<>();

    @Override
    public String id() {
      return "picky-1";
    }

    @Override
    public List<Verdict> validate(List<SynthRecord> records) {
      List<Verdict> verdicts = new ArrayList<>();
      for (SynthRecord r : records) {
        seen.add(r.id());
        verdicts.add(
            r.text().contains("rechazar")
                ? Verdict.reject(r.id(), "llm-disagrees")
                : Verdict.accept(r.id()));
      }
      return verdicts;
    }
  }

  @Test
  void runsValidatorsInOrderOnWhatTheEarlierOnesKeptAndRecordsWhoAccepted() {
    Picky picky = new Picky();
    ValidationChain chain = new ValidationChain(List.of(new RuleValidator(), picky));
    SynthRecord good = record("a", "f", "Sin alergias medicamentosas conocidas.");
    SynthRecord duplicate = record("b", "f", "Sin alergias medicamentosas conocidas.");
    SynthRecord disliked = record("c", "f", "Texto para rechazar en la revisión.");
    ValidationReport report = new ValidationReport();

    List<SynthRecord> kept = chain.apply(List.of(good, duplicate, disliked), report);

    assertThat(kept).extracting(SynthRecord::id).containsExactly("a");
    assertThat(kept.get(0).meta().validatedBy()).containsExactly("rules-1", "picky-1");
    assertThat(picky.seen).containsExactly("a", "c");
    assertThat(report.validators()).containsExactly("rules-1", "picky-1");
    assertThat(report.accepted("rules-1")).isEqualTo(2);
    assertThat(report.rejected("rules-1")).isEqualTo(1);
    assertThat(report.rejected("picky-1")).isEqualTo(1);
    assertThat(report.reasons()).containsEntry("duplicate", 1L).containsEntry("llm-disagrees", 1L);
    assertThat(report.rejected()).isEqualTo(2);
  }

  @Test
  void failsWhenAValidatorGivesTooFewVerdicts() {
    Validator broken =
        new Validator() {
          @Override
          public String id() {
            return "broken";
          }

          @Override
          public List<Verdict> validate(List<SynthRecord> records) {
            return List.of();
          }
        };
    ValidationChain chain = new ValidationChain(List.of(broken));

    assertThatThrownBy(
            () -> chain.apply(List.of(record("a", "f", "Sin cambios.")), new ValidationReport()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("broken gave 0 verdicts for 1 records");
  }
}
