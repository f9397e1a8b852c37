package dev.notes2omop.trainer.synth.split;

import static dev.notes2omop.trainer.synth.validate.SampleRecords.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.trainer.data.SynthRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SplitterTest {

  private static List<SynthRecord> records;

  /**
   * 6,000 records in 60 families of uneven sizes, each with one to three mentions drawn from 1,000
   * surface forms of Zipf-like frequency, and every 40th record a negative one.
   */
  @BeforeAll
  static void makeRecords() {
    Random random = new Random(3);
    records = new ArrayList<>();
    for (int i = 0; i < 6_000; i++) {
      String family = "fam" + (int) Math.floor(60 * Math.pow(random.nextDouble(), 1.5));
      if (i % 40 == 0) {
        records.add(record("r" + i, family, "Control número " + i + " sin incidencias."));
        continue;
      }
      int mentions = 1 + random.nextInt(3);
      StringBuilder text = new StringBuilder("Nota " + i + ":");
      EntityLabel[] labels = new EntityLabel[mentions];
      for (int m = 0; m < mentions; m++) {
        int form = (int) Math.floor(1_000 * Math.pow(random.nextDouble(), 2.5));
        text.append(" con [termino").append(form).append("]");
        labels[m] = EntityLabel.values()[form % 4];
      }
      records.add(record("r" + i, family, text.append('.').toString(), labels));
    }
  }

  private static Splits split(long seed) {
    return new Splitter(SplitOptions.defaults(), seed).split(records);
  }

  @Test
  void keepsEveryTemplateFamilyInOneSplit() {
    Splits splits = split(11);

    Map<String, Set<SplitName>> splitsOfFamily = new HashMap<>();
    for (SplitName name : SplitName.values()) {
      for (SynthRecord r : splits.get(name)) {
        splitsOfFamily.computeIfAbsent(r.meta().family(), f -> new HashSet<>()).add(name);
      }
    }
    assertThat(splitsOfFamily.values()).allMatch(s -> s.size() == 1);
    assertThat(splits.validation()).isNotEmpty();
    assertThat(splits.test()).isNotEmpty();
  }

  @Test
  void balancesTheSplitsNearTheirSharesBeforeHoldingFormsOut() {
    Splits splits = new Splitter(new SplitOptions(SplitRatios.defaults(), 0, 0), 11).split(records);

    double n = splits.size();
    assertThat(splits.size()).isEqualTo(records.size());
    assertThat(splits.train().size() / n).isCloseTo(0.8, within(0.03));
    assertThat(splits.test().size() / n).isCloseTo(0.1, within(0.03));
    assertThat(splits.validation().size() / n).isCloseTo(0.1, within(0.03));
  }

  @Test
  void leavesAtLeastAFifthOfValidationSurfaceFormsUnseenInTrain() {
    Splits splits = split(11);

    SplitStats validation = SplitStats.of(splits.validation(), splits.trainForms());
    assertThat(validation.unseenInTrainShare()).isGreaterThanOrEqualTo(0.25);
    assertThat(splits.heldOutForms()).isNotEmpty();
    assertThat(splits.heldOutDropped()).isLessThanOrEqualTo((int) (0.15 * records.size()));
    for (SynthRecord r : splits.train()) {
      assertThat(SurfaceForms.of(r)).doesNotContainAnyElementsOf(splits.heldOutForms());
    }
    for (SynthRecord r : splits.test()) {
      assertThat(SurfaceForms.of(r)).doesNotContainAnyElementsOf(splits.heldOutForms());
    }
  }

  @Test
  void withoutHoldingOutFewValidationFormsAreUnseen() {
    Splits splits =
        new Splitter(new SplitOptions(SplitRatios.defaults(), 0, 0.15), 11).split(records);

    SplitStats validation = SplitStats.of(splits.validation(), splits.trainForms());
    assertThat(validation.unseenInTrainShare()).isLessThan(0.2);
    assertThat(splits.heldOutForms()).isEmpty();
  }

  @Test
  void sharesNoTextAcrossSplits() {
    List<SynthRecord> withCopies = new ArrayList<>(records);
    for (int i = 0; i < 300; i++) {
      SynthRecord original = records.get(i * 20);
      withCopies.add(
          record(
              "copy" + i,
              "copyfam" + i,
              original.text().toUpperCase(java.util.Locale.ROOT).replace(":", " :")));
    }

    Splits splits = new Splitter(SplitOptions.defaults(), 11).split(withCopies);

    Set<String> texts = new HashSet<>();
    for (SplitName name : SplitName.values()) {
      for (SynthRecord r : splits.get(name)) {
        assertThat(texts.add(SurfaceForms.textKey(r))).as(r.id()).isTrue();
      }
    }
    assertThat(splits.repeatedTexts()).isEqualTo(300);
  }

  @Test
  void givesTheSameSplitsForTheSameSeedAndOthersForAnother() {
    Splits first = split(11);
    Splits again = split(11);
    Splits other = split(12);

    assertThat(again).isEqualTo(first);
    assertThat(other.validation()).isNotEqualTo(first.validation());
  }

  @Test
  void trimsEachSplitToASampleChosenByTheSeed() {
    Splits splits = split(11);

    Splits trimmed = splits.trimmedTo(1000, 100, 100, 11);

    assertThat(trimmed.train()).hasSize(1000);
    assertThat(trimmed.test()).hasSize(100);
    assertThat(trimmed.validation()).hasSize(100);
    assertThat(splits.train()).containsAll(trimmed.train());
    assertThat(trimmed).isEqualTo(splits.trimmedTo(1000, 100, 100, 11));
    assertThat(trimmed.train().get(999).id()).isNotEqualTo(splits.train().get(999).id());
  }

  @Test
  void trimmingKeepsPriorityRecordsFirstUpToTheirShare() {
    Splits splits = split(11);
    TrimPriority negatives = new TrimPriority("negatives", r -> r.entities().isEmpty(), 0.1);
    long inTrain = splits.train().stream().filter(r -> r.entities().isEmpty()).count();

    Splits plain = splits.trimmedTo(1000, 100, 100, 11);
    Splits prioritised = splits.trimmedTo(1000, 100, 100, 11, List.of(negatives));

    assertThat(inTrain).isGreaterThan(100);
    assertThat(plain.train().stream().filter(r -> r.entities().isEmpty()).count()).isLessThan(50);
    assertThat(prioritised.train().stream().filter(r -> r.entities().isEmpty()).count())
        .isEqualTo(100);
    assertThat(prioritised.train()).hasSize(1000);
  }

  @Test
  void parsesSplitSharesInPercentOrProportions() {
    assertThat(SplitRatios.parse("80/10/10")).isEqualTo(SplitRatios.defaults());
    assertThat(SplitRatios.parse("8/1/1").train()).isCloseTo(0.8, within(1e-9));
    assertThat(SplitRatios.parse("70/15/15").toString()).isEqualTo("70/15/15");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SplitRatios.parse("80/20"))
        .hasMessageContaining("TRAIN/TEST/VALIDATION");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SplitRatios.parse("100/0/0"))
        .hasMessageContaining("positive");
  }
}
