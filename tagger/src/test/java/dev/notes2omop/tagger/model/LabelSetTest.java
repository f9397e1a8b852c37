package dev.notes2omop.tagger.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes2omop.core.nlp.EntityLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelSetTest {

  private final LabelSet labels = LabelSet.standard();

  @Test
  void numbersTagsStablyAndReadsThemBack() {
    assertThat(labels.tags())
        .containsExactly(
            "O",
            "B-CONDITION",
            "I-CONDITION",
            "B-DRUG",
            "I-DRUG",
            "B-MEASUREMENT",
            "I-MEASUREMENT",
            "B-PROCEDURE",
            "I-PROCEDURE");
    assertThat(labels.begin(EntityLabel.DRUG)).isEqualTo(3);
    assertThat(labels.inside(EntityLabel.DRUG)).isEqualTo(4);
    assertThat(labels.label(4)).isEqualTo(EntityLabel.DRUG);
    assertThat(labels.label(LabelSet.O)).isNull();
    assertThat(LabelSet.fromTags(labels.tags())).isEqualTo(labels);
    LabelSet two = LabelSet.of(List.of(EntityLabel.PROCEDURE, EntityLabel.CONDITION));
    assertThat(LabelSet.fromTags(two.tags()).tags())
        .containsExactly("O", "B-PROCEDURE", "I-PROCEDURE", "B-CONDITION", "I-CONDITION");
  }

  @Test
  void rejectsMalformedTagLists() {
    assertThatThrownBy(() -> LabelSet.fromTags(List.of("O", "B-DRUG", "I-CONDITION")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("B-X and I-X");
    assertThatThrownBy(() -> LabelSet.fromTags(List.of("B-DRUG", "I-DRUG", "O")))
        .hasMessageContaining("O followed by");
    assertThatThrownBy(() -> LabelSet.fromTags(List.of("O", "B-FOO", "I-FOO")))
        .hasMessageContaining("unknown entity label 'FOO'");
    assertThatThrownBy(() -> labels.indexOf("B-FOO")).hasMessageContaining("unknown tag");
  }

  @Test
  void allowsInsideOnlyAfterTheSameLabel() {
    int bDrug = labels.begin(EntityLabel.DRUG);
    int iDrug = labels.inside(EntityLabel.DRUG);
    int iCond = labels.inside(EntityLabel.CONDITION);
    assertThat(labels.allowed(bDrug, iDrug)).isTrue();
    assertThat(labels.allowed(iDrug, iDrug)).isTrue();
    assertThat(labels.allowed(LabelSet.O, iDrug)).isFalse();
    assertThat(labels.allowed(bDrug, iCond)).isFalse();
    assertThat(labels.allowed(iCond, bDrug)).isTrue();
    assertThat(labels.allowedFirst(iDrug)).isFalse();
    assertThat(labels.isValid(new int[] {bDrug, iDrug, LabelSet.O, iDrug})).isFalse();
    assertThat(labels.isValid(new int[] {bDrug, iDrug, LabelSet.O, bDrug})).isTrue();
  }

  @Test
  void repairReadsStrayInsideAsBegin() {
    int bDrug = labels.begin(EntityLabel.DRUG);
    int iDrug = labels.inside(EntityLabel.DRUG);
    int iCond = labels.inside(EntityLabel.CONDITION);
    int[] repaired = labels.repair(new int[] {iDrug, iDrug, iCond, LabelSet.O, iDrug});
    assertThat(repaired).containsExactly(bDrug, iDrug, iCond - 1, LabelSet.O, bDrug);
    assertThat(labels.isValid(repaired)).isTrue();
  }
}
