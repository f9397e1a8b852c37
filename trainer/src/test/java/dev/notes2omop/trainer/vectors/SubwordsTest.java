package dev.notes2omop.trainer.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SubwordsTest {

  @Test
  void ngramsFrameTheWordAndRunFromMinToMaxLength() {
    Subwords subwords = new Subwords(3, 4, 1_000);
    assertThat(subwords.ngrams("fiebre"))
        .containsExactly(
            "<fi", "fie", "ieb", "ebr", "bre", "re>", "<fie", "fieb", "iebr", "ebre", "bre>");
    assertThat(subwords.ngrams("a")).containsExactly("<a>");
  }

  @Test
  void bucketsAreStableAndInRange() {
    Subwords subwords = new Subwords(3, 5, 97);
    int[] buckets = subwords.buckets("omeprazol");
    assertThat(buckets).hasSize(subwords.ngrams("omeprazol").size());
    assertThat(java.util.Arrays.stream(buckets).boxed().toList()).allMatch(b -> b >= 0 && b < 97);
    assertThat(new Subwords(3, 5, 97).buckets("omeprazol")).containsExactly(buckets);
    assertThat(subwords.bucket("<om")).isNotEqualTo(subwords.bucket("ol>"));
  }

  @Test
  void noBucketsOrAnEmptyRangeTurnNgramsOff() {
    assertThat(new Subwords(3, 5, 0).ngrams("fiebre")).isEmpty();
    assertThat(new Subwords(6, 5, 100).buckets("fiebre")).isEmpty();
  }

  @Test
  void negativesAreDrawnInProportionToCountToTheThreeQuarters() {
    NegativeTable table = new NegativeTable(new long[] {10_000, 100});
    SplittableRandom random = new SplittableRandom(1);
    Map<Integer, Integer> drawn = new HashMap<>();
    for (int i = 0; i < 200_000; i++) {
      drawn.merge(table.draw(random), 1, Integer::sum);
    }
    double expected = Math.pow(100, 0.75) / (Math.pow(100, 0.75) + Math.pow(10_000, 0.75));
    assertThat(drawn.get(1) / 200_000.0)
        .isCloseTo(expected, org.assertj.core.data.Offset.offset(0.005));
  }
}
