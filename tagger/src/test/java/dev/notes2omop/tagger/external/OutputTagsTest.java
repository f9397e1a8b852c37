package dev.notes2omop.tagger.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes2omop.core.nlp.EntityLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputTagsTest {

  @Test
  void mapsAModuleOrderOntoTheLabelSetOrder() {
    OutputTags tags = OutputTags.of(List.of("B-DRUG", "O", "I-drug", "I-CONDITION", "B-CONDITION"));

    assertThat(tags.labels().tags())
        .containsExactly("O", "B-DRUG", "I-DRUG", "B-CONDITION", "I-CONDITION");
    assertThat(tags.labels().labels()).containsExactly(EntityLabel.DRUG, EntityLabel.CONDITION);
    // column 4 (B-CONDITION) is the largest logit: it must land on B-CONDITION (index 3)
    float[] log = tags.logProbabilities(new float[] {0f, 1f, 0f, 0f, 3f});
    assertThat(argmax(log)).isEqualTo(3);
    double sum = 0;
    for (float v : log) {
      sum += Math.exp(v);
    }
    assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
    assertThat(Math.exp(log[0]))
        .isCloseTo(
            Math.exp(1) / (Math.exp(3) + Math.exp(1) + 3),
            org.assertj.core.data.Offset.offset(1e-5));
  }

  @Test
  void rejectsTagListsThatAreNotBio() {
    assertThatThrownBy(() -> OutputTags.of(List.of("O", "B-CONDITION")))
        .hasMessageContaining("not O with one B-X and one I-X per label");
    assertThatThrownBy(() -> OutputTags.of(List.of("O", "B-CONDITION", "I-DRUG")))
        .hasMessageContaining(
            "expected [O, B-CONDITION, I-CONDITION, B-DRUG, I-DRUG] in any order");
    assertThatThrownBy(() -> OutputTags.of(List.of("O", "B-DISEASE", "I-DISEASE")))
        .hasMessageContaining("tag B-DISEASE names no entity label");
    assertThatThrownBy(() -> OutputTags.of(List.of("O", "B-DRUG", "I-DRUG", "B-DRUG")))
        .hasMessageContaining("tag B-DRUG is repeated");
    assertThatThrownBy(() -> OutputTags.of(List.of("B-DRUG", "I-DRUG")))
        .hasMessageContaining("needs O");
    assertThatThrownBy(() -> OutputTags.of(List.of("O", "E-DRUG", "B-DRUG", "I-DRUG")))
        .hasMessageContaining("tag E-DRUG is neither O nor B-X / I-X");
  }

  @Test
  void rejectsARowOfTheWrongSize() {
    OutputTags tags = OutputTags.of(List.of("O", "B-DRUG", "I-DRUG"));
    assertThatThrownBy(() -> tags.logProbabilities(new float[] {0f, 1f}))
        .hasMessageContaining("2 logits for 3 tags");
    assertThatThrownBy(() -> tags.logProbabilities(new float[] {0f, Float.NaN, 1f}))
        .hasMessageContaining("non-finite");
  }

  private static int argmax(float[] row) {
    int best = 0;
    for (int i = 1; i < row.length; i++) {
      if (row[i] > row[best]) {
        best = i;
      }
    }
    return best;
  }
}
