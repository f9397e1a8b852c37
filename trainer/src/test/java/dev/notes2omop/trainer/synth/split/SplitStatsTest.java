package dev.notes2omop.trainer.synth.split;

import static dev.notes2omop.trainer.synth.validate.SampleRecords.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.notes2omop.core.nlp.Assertion;
import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.trainer.data.SynthEntity;
import dev.notes2omop.trainer.data.SynthRecord;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SplitStatsTest {

  @Test
  void countsLabelsKindsAssertionsFormsAndUnseenShare() {
    SynthRecord two =
        record(
            "a",
            "f1",
            "Paciente con [HTA] y [Diabetes] previa.",
            EntityLabel.CONDITION,
            EntityLabel.CONDITION);
    SynthEntity negated = two.entities().get(1);
    two =
        SynthRecord.of(
            "a",
            two.text(),
            List.of(
                two.entities().get(0),
                new SynthEntity(
                    negated.start(),
                    negated.end(),
                    negated.label(),
                    negated.text(),
                    null,
                    Assertion.AFFIRMED.withNegated(true))),
            two.meta());
    SynthRecord drug = record("b", "f2", "Toma [metformina] a diario.", EntityLabel.DRUG);
    SynthRecord none = record("c", "f2", "Sin cambios.");

    SplitStats stats = SplitStats.of(List.of(two, drug, none), Set.of("hta"));

    assertThat(stats.records()).isEqualTo(3);
    assertThat(stats.recordsPerLabel()).containsEntry("CONDITION", 1).containsEntry("DRUG", 1);
    assertThat(stats.entitiesPerLabel()).containsEntry("CONDITION", 2);
    assertThat(stats.kinds()).containsEntry("positive", 2).containsEntry("negative", 1);
    assertThat(stats.assertionShares().get("negated")).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(stats.distinctForms()).isEqualTo(3);
    assertThat(stats.distinctFamilies()).isEqualTo(2);
    assertThat(stats.unseenInTrainShare()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(stats.negativeShare()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(SplitStats.of(List.of(two), null).unseenInTrainShare()).isNull();
  }
}
