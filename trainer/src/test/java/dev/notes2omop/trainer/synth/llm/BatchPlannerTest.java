package dev.notes2omop.trainer.synth.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.trainer.data.RecordKind;
import dev.notes2omop.trainer.synth.GenerationRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchPlannerTest {

  private static long withLabel(List<BatchPlanner.Spec> specs, EntityLabel label) {
    return specs.stream().filter(s -> s.labels().contains(label)).count();
  }

  private static long ofKind(List<BatchPlanner.Spec> specs, RecordKind kind) {
    return specs.stream().filter(s -> s.kind() == kind).count();
  }

  @Test
  void plansTheRequestedShares() {
    List<BatchPlanner.Spec> specs =
        BatchPlanner.specs(new GenerationRequest(100, 1, 0.10, 0.15, List.of()));

    assertThat(specs).hasSize(100);
    assertThat(ofKind(specs, RecordKind.NEGATIVE) + ofKind(specs, RecordKind.HARD_NEGATIVE))
        .isEqualTo(15);
    assertThat(ofKind(specs, RecordKind.HARD_NEGATIVE)).isEqualTo(8);
    for (EntityLabel label : EntityLabel.values()) {
      assertThat(withLabel(specs, label)).as(label.name()).isGreaterThanOrEqualTo(10);
    }
    assertThat(specs)
        .filteredOn(s -> s.kind() == RecordKind.POSITIVE)
        .allSatisfy(s -> assertThat(s.labels()).isNotEmpty());
  }

  @Test
  void givesRecordsASecondLabelWhenTheSharesNeedIt() {
    List<BatchPlanner.Spec> specs =
        BatchPlanner.specs(new GenerationRequest(40, 1, 0.25, 0.10, List.of()));

    for (EntityLabel label : EntityLabel.values()) {
      assertThat(withLabel(specs, label)).as(label.name()).isGreaterThanOrEqualTo(10);
    }
    assertThat(specs).anySatisfy(s -> assertThat(s.labels()).hasSize(2));
    assertThat(specs.get(0).describe())
        .isEqualTo("positive, with at least one CONDITION and one PROCEDURE");
  }

  @Test
  void cutsTheSameShuffledPlanForTheSameSeed() {
    GenerationRequest request = GenerationRequest.of(45, 3);

    List<List<BatchPlanner.Spec>> plan = BatchPlanner.plan(request, 3, 20);

    assertThat(plan).extracting(List::size).containsExactly(20, 20, 5);
    assertThat(BatchPlanner.plan(request, 3, 20)).isEqualTo(plan);
    assertThat(BatchPlanner.plan(request, 4, 20)).isNotEqualTo(plan);
  }

  @Test
  void spreadsFocusPatternsOverTheRecords() {
    List<BatchPlanner.Spec> specs =
        BatchPlanner.specs(new GenerationRequest(6, 1, 0.10, 0, List.of("a", "b")));

    assertThat(specs)
        .extracting(BatchPlanner.Spec::focus)
        .containsExactly("a", "b", "a", "b", "a", "b");
    assertThat(specs).allSatisfy(s -> assertThat(s.labels()).isEmpty());
    assertThat(specs.get(1).describe()).isEqualTo("positive; about: b");
  }
}
