package dev.notes2omop.trainer.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes2omop.tagger.model.Vocabulary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordVectorsTest {

  private static WordVectors vectors;

  @BeforeAll
  static void train() {
    vectors =
        WordVectors.train(
            SyntheticNotes.notes(400, 1L), SyntheticNotes.settings(), VectorProgress.NONE);
  }

  @Test
  void wordsThatShareContextsEndCloserThanWordsThatDoNot() {
    assertGroupsSeparate(vectors);
  }

  @Test
  void anUnseenMisspellingGetsAVectorCloseToTheWordItMisspells() {
    assertThat(vectors.contains("amoxicilna")).isFalse();
    assertThat(vectors.contains("amoxicilina")).isTrue();

    double toWord = vectors.similarity("amoxicilna", "amoxicilina");
    double toOther = vectors.similarity("amoxicilna", "hipertensión");
    assertThat(toWord).isGreaterThan(0.7);
    assertThat(toWord - toOther).isGreaterThan(0.4);
    assertThat(vectors.nearest("amoxicilna", 1))
        .extracting(WordVectors.Neighbour::word)
        .containsExactly("amoxicilina");
  }

  @Test
  void wordsAreKeyedLikeTheTaggersWordVocabulary() {
    assertThat(vectors.words()).contains("neumonia", "hipertension", "000", "0");
    assertThat(vectors.words()).doesNotContain("neumonía", "Se", "500");
    assertThat(vectors.vector("NEUMONÍA")).containsExactly(vectors.vector("neumonia"));
    assertThat(vectors.vector("250")).containsExactly(vectors.vector("500"));
    assertThat(vectors.count("Neumonía")).isEqualTo(vectors.count("neumonia")).isPositive();
    assertThat(vectors.dimension()).isEqualTo(32);
    assertThat(vectors.vector("omeprazol")).hasSize(32);
  }

  @Test
  void sameSeedGivesIdenticalVectorsAndAnotherSeedOthers() {
    List<String> notes = SyntheticNotes.notes(60, 2L);
    VectorSettings settings = SyntheticNotes.settings().withEpochs(2);
    WordVectors first = WordVectors.train(notes, settings, VectorProgress.NONE);
    WordVectors second = WordVectors.train(notes, settings, VectorProgress.NONE);
    WordVectors other = WordVectors.train(notes, settings.withSeed(7L), VectorProgress.NONE);

    assertThat(second.words()).isEqualTo(first.words());
    for (String word : first.words()) {
      assertThat(second.vector(word)).as(word).containsExactly(first.vector(word));
    }
    assertThat(second.vector("amoxicilna")).containsExactly(first.vector("amoxicilna"));
    assertThat(other.vector("omeprazol")).isNotEqualTo(first.vector("omeprazol"));
  }

  @Test
  void twoThreadsAlsoLearnTheContexts() {
    WordVectors hogwild =
        WordVectors.train(
            SyntheticNotes.notes(400, 1L),
            SyntheticNotes.settings().withThreads(2),
            VectorProgress.NONE);
    assertGroupsSeparate(hogwild);
  }

  @Test
  void savedVectorsLoadIdentical(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("sub/vectors.n2ov");
    vectors.save(file);
    WordVectors loaded = WordVectors.load(file);

    assertThat(loaded.settings()).isEqualTo(vectors.settings());
    assertThat(loaded.tokens()).isEqualTo(vectors.tokens());
    assertThat(loaded.words()).isEqualTo(vectors.words());
    for (String word : vectors.words()) {
      assertThat(loaded.vector(word)).as(word).containsExactly(vectors.vector(word));
      assertThat(loaded.count(word)).isEqualTo(vectors.count(word));
    }
    assertThat(loaded.vector("amoxicilna")).containsExactly(vectors.vector("amoxicilna"));
    assertThat(Files.size(file))
        .isGreaterThan((long) (vectors.words().size() + 20_000) * 32 * Float.BYTES);
    try (var listing = Files.list(file.getParent())) {
      assertThat(listing).containsExactly(file);
    }
  }

  @Test
  void loadRejectsFilesThatAreNotWholeVectorFiles(@TempDir Path dir) throws IOException {
    Path text = Files.writeString(dir.resolve("words.vocab"), "# notes2omop vocabulary v1\n");
    assertThatThrownBy(() -> WordVectors.load(text)).hasMessageContaining("not a word-vector file");

    Path whole = dir.resolve("whole.n2ov");
    vectors.save(whole);
    byte[] bytes = Files.readAllBytes(whole);
    Path cut =
        Files.write(dir.resolve("cut.n2ov"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
    assertThatThrownBy(() -> WordVectors.load(cut)).hasMessageContaining("truncated");
  }

  @Test
  void rowsForAVocabularyAreTheWordsVectorsWithZeroPaddingAndUnknown() {
    Vocabulary.Builder builder = Vocabulary.builder();
    builder.add("omeprazol").add("omeprazol").add("neumonia").add("nuncavisto");
    Vocabulary vocabulary = builder.build(1);

    float[][] rows = vectors.rowsFor(vocabulary);

    assertThat(rows).hasNumberOfRows(vocabulary.size());
    assertThat(rows[Vocabulary.PAD_ID]).containsOnly(0f).hasSize(32);
    assertThat(rows[Vocabulary.UNK_ID]).containsOnly(0f).hasSize(32);
    for (int id = 2; id < vocabulary.size(); id++) {
      assertThat(rows[id]).containsExactly(vectors.vector(vocabulary.entry(id)));
      assertThat(rows[id]).isNotEqualTo(new float[32]);
    }
  }

  @Test
  void refusesTextsWithTooFewFrequentWords() {
    assertThatThrownBy(
            () ->
                WordVectors.train(
                    List.of("una sola nota"),
                    SyntheticNotes.settings().withMinCount(5),
                    VectorProgress.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0 words seen at least 5 times");
  }

  @Test
  void refusesTextsThatCanOnlyBeReadOnce() {
    java.util.Iterator<String> once = SyntheticNotes.notes(20, 4L).iterator();
    Iterable<String> oneShot = () -> once;
    assertThatThrownBy(
            () -> WordVectors.train(oneShot, SyntheticNotes.settings(), VectorProgress.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("read twice");
  }

  @Test
  void reportsTheVocabularyAndEveryEpochWithAFallingLoss() {
    List<Double> losses = new ArrayList<>();
    long[] seen = new long[2];
    WordVectors.train(
        SyntheticNotes.notes(100, 3L),
        SyntheticNotes.settings().withEpochs(4),
        new VectorProgress() {
          @Override
          public void vocabulary(int words, long tokens) {
            seen[0] = words;
            seen[1] = tokens;
          }

          @Override
          public void epoch(int epoch, int epochs, double meanLoss) {
            assertThat(epoch).isEqualTo(losses.size() + 1);
            assertThat(epochs).isEqualTo(4);
            losses.add(meanLoss);
          }
        });
    assertThat(seen[0]).isGreaterThan(40);
    assertThat(seen[1]).isGreaterThan(5_000);
    assertThat(losses).hasSize(4);
    assertThat(losses.get(3)).isLessThan(losses.get(0));
  }

  /**
   * Each of the twelve terms has a term of its own group as its nearest; in-group mean beats cross.
   */
  private static void assertGroupsSeparate(WordVectors v) {
    List<String> all = new ArrayList<>(SyntheticNotes.DRUGS);
    all.addAll(SyntheticNotes.DISEASES);
    double within = 0;
    double across = 0;
    int nWithin = 0;
    int nAcross = 0;
    for (String a : all) {
      boolean aDrug = SyntheticNotes.DRUGS.contains(a);
      String best = null;
      double bestSim = -2;
      for (String b : all) {
        if (a.equals(b)) {
          continue;
        }
        double sim = v.similarity(a, b);
        boolean same = aDrug == SyntheticNotes.DRUGS.contains(b);
        if (same) {
          within += sim;
          nWithin++;
        } else {
          across += sim;
          nAcross++;
        }
        if (sim > bestSim) {
          bestSim = sim;
          best = b;
        }
      }
      assertThat(SyntheticNotes.DRUGS.contains(best))
          .as("nearest of %s is %s", a, best)
          .isEqualTo(aDrug);
    }
    assertThat(within / nWithin - across / nAcross).isGreaterThan(0.3);
  }
}
