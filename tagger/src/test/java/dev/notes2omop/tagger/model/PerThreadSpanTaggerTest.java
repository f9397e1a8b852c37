package dev.notes2omop.tagger.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.core.nlp.Mention;
import dev.notes2omop.core.nlp.TaggingException;
import dev.notes2omop.tagger.assertion.SpanishAssertionDetector;
import dev.notes2omop.tagger.text.Tokens;
import dev.notes2omop.tagger.value.MeasurementValueExtractor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A predictor that fails is closed and replaced once per note; a second failure fails the note. */
class PerThreadSpanTaggerTest {

  /** Tags the first token as a condition; fails while {@code failures} lasts. */
  private static final class Scripted implements PerThreadSpanTagger.SpanPredictor {
    final AtomicInteger failures;
    boolean closed;

    Scripted(AtomicInteger failures) {
      this.failures = failures;
    }

    @Override
    public List<TagSpan> spans(Tokens tokens) {
      if (failures.getAndDecrement() > 0) {
        throw new TaggingException("the model's scores are not finite (NaN) in window 1 of 1");
      }
      return List.of(new TagSpan(tokens.start(0), tokens.end(0), EntityLabel.CONDITION));
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  private final List<Scripted> opened = new ArrayList<>();

  private PerThreadSpanTagger tagger(AtomicInteger failures) {
    return new PerThreadSpanTagger(
        "scripted",
        () -> {
          Scripted p = new Scripted(failures);
          opened.add(p);
          return p;
        },
        new SpanMentions(new SpanishAssertionDetector(), new MeasurementValueExtractor()));
  }

  @Test
  void aFailingPredictorIsClosedAndAFreshOneTagsTheNote() {
    PerThreadSpanTagger tagger = tagger(new AtomicInteger(1));

    List<Mention> mentions = tagger.tag("neumonía grave");

    assertThat(mentions).extracting(Mention::text).containsExactly("neumonía");
    assertThat(opened).hasSize(2);
    assertThat(opened.get(0).closed).isTrue();
    assertThat(opened.get(1).closed).isFalse();
    assertThat(tagger.replacedPredictors()).isEqualTo(1);
    assertThat(tagger.tag("neumonía")).hasSize(1);
    assertThat(opened).hasSize(2);
  }

  @Test
  void aSecondFailureFailsTheNoteOnlyAndTheNextNoteIsTagged() {
    PerThreadSpanTagger tagger = tagger(new AtomicInteger(2));

    assertThatThrownBy(() -> tagger.tag("neumonía"))
        .isInstanceOf(TaggingException.class)
        .hasMessageContaining("failed twice, the second time with a fresh predictor")
        .hasMessageContaining("not finite");

    assertThat(tagger.tag("asma")).extracting(Mention::text).containsExactly("asma");
    assertThat(opened).hasSize(3);
    assertThat(opened.get(0).closed).isTrue();
    assertThat(opened.get(1).closed).isTrue();
  }

  @Test
  void finiteScoresNamesTheFirstBadWindowTokenAndTag() {
    float[][] good = {{0f, 1f}};
    float[][] bad = {{0f, 1f}, {2f, Float.NaN}};

    List<float[][]> windows = new ArrayList<>();
    windows.add(good);
    windows.add(bad);
    assertThatThrownBy(() -> FiniteScores.require(windows))
        .isInstanceOf(TaggingException.class)
        .hasMessage("the model's scores are not finite (NaN) in window 2 of 2, token 1, tag 1");
    List<float[][]> fine = new ArrayList<>();
    fine.add(good);
    FiniteScores.require(fine);
  }
}
