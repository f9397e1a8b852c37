package dev.notes2omop.tagger.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.tagger.text.Tokens;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BioDecoderTest {

  private final LabelSet labels = LabelSet.standard();
  private final BioDecoder decoder = new BioDecoder(labels);

  private static float[] row(int size, int best, float score, int second, float secondScore) {
    float[] row = new float[size];
    java.util.Arrays.fill(row, -10f);
    row[best] = score;
    row[second] = secondScore;
    return row;
  }

  @Test
  void alwaysReturnsValidBioForRandomScores() {
    Random random = new Random(20261128L);
    float[][] transitions = new float[labels.size()][labels.size()];
    for (float[] r : transitions) {
      for (int q = 0; q < r.length; q++) {
        r[q] = (float) random.nextGaussian();
      }
    }
    BioDecoder withTransitions = new BioDecoder(labels, transitions);
    int greedyInvalid = 0;
    for (int trial = 0; trial < 2_000; trial++) {
      int tokens = 1 + random.nextInt(40);
      float[][] scores = new float[tokens][labels.size()];
      for (float[] r : scores) {
        for (int q = 0; q < r.length; q++) {
          r[q] = (float) (random.nextGaussian() * 3);
        }
      }
      BioDecoder d = trial % 2 == 0 ? decoder : withTransitions;
      int[] path = d.decode(scores);
      assertThat(path).hasSize(tokens);
      assertThat(labels.isValid(path)).as("trial %d", trial).isTrue();
      if (!labels.isValid(decoder.greedy(scores))) {
        greedyInvalid++;
      }
    }
    // the property is only meaningful if the scores often tempt an invalid sequence
    assertThat(greedyInvalid).isGreaterThan(1_000);
  }

  @Test
  void findsTheBestValidPathWhereGreedyIsInvalid() {
    int n = labels.size();
    int bCond = labels.begin(EntityLabel.CONDITION);
    int iCond = labels.inside(EntityLabel.CONDITION);
    int iDrug = labels.inside(EntityLabel.DRUG);
    int bDrug = labels.begin(EntityLabel.DRUG);
    // token 0: O (0) or B-CONDITION (-0.5); token 1: I-CONDITION (0) or O (-2);
    // token 2: I-DRUG (0) or B-DRUG (-0.2)
    float[][] scores = {
      row(n, LabelSet.O, 0f, bCond, -0.5f),
      row(n, iCond, 0f, LabelSet.O, -2f),
      row(n, iDrug, 0f, bDrug, -0.2f)
    };
    int[] greedy = decoder.greedy(scores);
    assertThat(greedy).containsExactly(LabelSet.O, iCond, iDrug);
    assertThat(labels.isValid(greedy)).isFalse();
    // valid candidates: B-C I-C B-D = -0.7; O O B-D = -2.2; B-C I-C O = -10.5
    assertThat(decoder.decode(scores)).containsExactly(bCond, iCond, bDrug);
  }

  @Test
  void transitionScoresChangeTheBestPath() {
    int n = labels.size();
    int bCond = labels.begin(EntityLabel.CONDITION);
    int iCond = labels.inside(EntityLabel.CONDITION);
    float[][] scores = {row(n, bCond, 0f, LabelSet.O, -1f), row(n, bCond, 0f, iCond, -0.5f)};
    assertThat(decoder.decode(scores)).containsExactly(bCond, bCond);
    float[][] transitions = new float[n][n];
    transitions[bCond][bCond] = -1f;
    assertThat(new BioDecoder(labels, transitions).decode(scores)).containsExactly(bCond, iCond);
  }

  @Test
  void ignoresScoresOfForbiddenTransitions() {
    int n = labels.size();
    int iCond = labels.inside(EntityLabel.CONDITION);
    float[][] transitions = new float[n][n];
    transitions[LabelSet.O][iCond] = 100f;
    float[][] scores = {row(n, LabelSet.O, 0f, 1, -1f), row(n, iCond, 0f, LabelSet.O, -1f)};
    assertThat(new BioDecoder(labels, transitions).decode(scores))
        .containsExactly(LabelSet.O, LabelSet.O);
  }

  @Test
  void rejectsBadScores() {
    assertThat(decoder.decode(new float[0][])).isEmpty();
    assertThatThrownBy(() -> decoder.decode(new float[][] {new float[3]}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3 tags");
    float[][] nan = {new float[labels.size()]};
    nan[0][2] = Float.NaN;
    assertThatThrownBy(() -> decoder.decode(nan)).hasMessageContaining("score [0][2] is NaN");
  }

  @Test
  void turnsTagsIntoSpansWithNoteOffsets() {
    String note = "Niega fiebre. Diabetes mellitus tipo 2 en tto con metformina.";
    Tokens tokens = Tokens.of(note);
    int[] tags = new int[tokens.size()];
    int bCond = labels.begin(EntityLabel.CONDITION);
    int iCond = labels.inside(EntityLabel.CONDITION);
    tags[1] = bCond; // fiebre
    tags[3] = bCond; // Diabetes
    tags[4] = iCond;
    tags[5] = iCond;
    tags[6] = iCond; // 2
    tags[10] = labels.inside(EntityLabel.DRUG); // stray I-DRUG: metformina
    var spans = decoder.spans(tokens, tags);
    assertThat(spans)
        .extracting(s -> s.text(note))
        .containsExactly("fiebre", "Diabetes mellitus tipo 2", "metformina");
    assertThat(spans)
        .extracting(TagSpan::label)
        .containsExactly(EntityLabel.CONDITION, EntityLabel.CONDITION, EntityLabel.DRUG);
    assertThatThrownBy(() -> decoder.spans(tokens, new int[2])).hasMessageContaining("2 tags");
  }
}
