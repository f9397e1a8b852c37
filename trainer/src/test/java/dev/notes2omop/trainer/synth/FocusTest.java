package dev.notes2omop.trainer.synth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes2omop.core.nlp.EntityLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

class FocusTest {

  @Test
  void readsBackWhatItDescribes() {
    List<Focus> all =
        List.of(
            new Focus(Focus.Kind.MISSED, "IAM", EntityLabel.CONDITION, null, ""),
            new Focus(Focus.Kind.BOUNDARY, "fractura de cadera", EntityLabel.CONDITION, null, ""),
            new Focus(
                Focus.Kind.CONFUSION, "TA", EntityLabel.MEASUREMENT, EntityLabel.PROCEDURE, ""),
            new Focus(Focus.Kind.FALSE_POSITIVE, "Ictus", EntityLabel.CONDITION, null, "Unidad de"),
            new Focus(Focus.Kind.FALSE_POSITIVE, "fase", EntityLabel.DRUG, null, ""));
    for (Focus f : all) {
      assertThat(Focus.parse(f.describe())).as(f.describe()).contains(f);
    }
    assertThat(all.get(2).describe())
        .isEqualTo("label confusion: 'TA' is MEASUREMENT, not PROCEDURE");
  }

  @Test
  void otherTextIsNotAFocus() {
    assertThat(Focus.parse("missed surface form: 'IAM'")).isEmpty();
    assertThat(Focus.parse("missed surface form: 'IAM' is DISEASE")).isEmpty();
    assertThat(Focus.parse("label confusion: 'TA' is MEASUREMENT")).isEmpty();
  }
}
