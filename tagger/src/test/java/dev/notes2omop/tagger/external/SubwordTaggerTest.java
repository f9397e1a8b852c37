package dev.notes2omop.tagger.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.tagger.model.TagSpan;
import dev.notes2omop.tagger.model.Windows;
import dev.notes2omop.tagger.neural.TaggerModelException;
import dev.notes2omop.tagger.text.Tokens;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link SubwordTagger} with the fixture's WordPiece tokenizer and a hand-written scorer (no
 * libtorch): the scorer's columns are in another order than the label set's, and it reads the
 * sub-word ids it is given, so a wrong first sub-word or a wrong column mapping changes the spans.
 */
class SubwordTaggerTest {

  /** The scorer's columns. */
  private static final List<String> COLUMNS =
      List.of("B-CONDITION", "I-CONDITION", "O", "B-DRUG", "I-DRUG");

  private static HuggingFaceTokenizer tokenizer;

  @BeforeAll
  static void load() throws Exception {
    Path fixture =
        Path.of(SubwordTaggerTest.class.getResource("/torchscript/fixture/model.json").toURI())
            .getParent();
    tokenizer =
        HuggingFaceTokenizer.newInstance(
            fixture.resolve("tokenizer.json"), Map.of("truncation", "false", "padding", "false"));
  }

  @AfterAll
  static void close() {
    tokenizer.close();
  }

  /** Favours a column by sub-word id: 4 diabetes, 5 mellitus, 9 met, 10 ##formina, else O. */
  private static float[][] byId(EncodedWindow window) {
    float[][] rows = new float[window.length()][COLUMNS.size()];
    for (int s = 0; s < rows.length; s++) {
      String tag =
          switch ((int) window.inputIds()[s]) {
            case 4 -> "B-CONDITION";
            case 5 -> "I-CONDITION";
            case 9 -> "B-DRUG";
            case 10 -> "B-CONDITION";
            default -> "O";
          };
      rows[s][COLUMNS.indexOf(tag)] = 5f;
    }
    return rows;
  }

  private static List<float[][]> byIds(List<EncodedWindow> batch) {
    return batch.stream().map(SubwordTaggerTest::byId).toList();
  }

  private static SubwordTagger tagger(WindowScorer scorer, int maxSubwords) {
    return tagger(scorer, maxSubwords, 1);
  }

  private static SubwordTagger tagger(WindowScorer scorer, int maxSubwords, int batchSize) {
    return new SubwordTagger(
        new SubwordEncoder(tokenizer, maxSubwords),
        new Windows(8, 2),
        OutputTags.of(COLUMNS),
        scorer,
        batchSize);
  }

  @Test
  void readsTheFirstSubwordInTheLabelSetsOrder() {
    String text = "Toma metformina por diabetes mellitus.";
    List<TagSpan> spans = tagger(SubwordTaggerTest::byIds, 64).spans(Tokens.of(text));

    assertThat(spans)
        .containsExactly(
            new TagSpan(5, 15, EntityLabel.DRUG), new TagSpan(20, 37, EntityLabel.CONDITION));
  }

  @Test
  void letsTheDecoderBridgeATokenWithoutSubwords() {
    // U+200B is a token of ours that the BERT normaliser drops: no sub-word, equal scores
    String text = "diabetes \u200B mellitus";
    List<TagSpan> spans = tagger(SubwordTaggerTest::byIds, 64).spans(Tokens.of(text));

    assertThat(spans).containsExactly(new TagSpan(0, text.length(), EntityLabel.CONDITION));
    // at the end of a span it stays outside, and alone it starts none
    assertThat(tagger(SubwordTaggerTest::byIds, 64).spans(Tokens.of("diabetes \u200B.")))
        .containsExactly(new TagSpan(0, 8, EntityLabel.CONDITION));
    assertThat(tagger(SubwordTaggerTest::byIds, 64).spans(Tokens.of("toma \u200B ."))).isEmpty();
  }

  @Test
  void givesTheSameSpansWhenWindowsAreCutToFitTheModule() {
    String text = "Toma metformina por diabetes mellitus y metformina.";
    assertThat(tagger(SubwordTaggerTest::byIds, 4).spans(Tokens.of(text)))
        .isEqualTo(tagger(SubwordTaggerTest::byIds, 64).spans(Tokens.of(text)))
        .hasSize(3);
  }

  @Test
  void scoresWindowsInBatchesOfAtMostTheBatchSize() {
    String text = "Toma metformina por diabetes mellitus y metformina.\n".repeat(7);
    List<Integer> sizes = new ArrayList<>();
    WindowScorer counting =
        batch -> {
          sizes.add(batch.size());
          return byIds(batch);
        };
    List<TagSpan> batched = tagger(counting, 64, 3).spans(Tokens.of(text));

    assertThat(batched).isEqualTo(tagger(SubwordTaggerTest::byIds, 64, 1).spans(Tokens.of(text)));
    assertThat(batched).hasSize(21);
    assertThat(sizes).containsExactly(3, 3, 1);
  }

  @Test
  void refusesAnOutputWithTooFewRows() {
    WindowScorer short1 =
        batch -> List.<float[][]>of(new float[batch.get(0).length() - 1][COLUMNS.size()]);
    assertThatThrownBy(() -> tagger(short1, 64).spans(Tokens.of("Toma metformina.")))
        .isInstanceOf(TaggerModelException.class)
        .hasMessageContaining("gave 5 rows of logits for 6 sub-words");

    WindowScorer narrow = batch -> List.<float[][]>of(new float[batch.get(0).length()][3]);
    assertThatThrownBy(() -> tagger(narrow, 64).spans(Tokens.of("Toma metformina.")))
        .isInstanceOf(TaggerModelException.class)
        .hasMessageContaining("does not fit the package's 5 tags");
  }
}
