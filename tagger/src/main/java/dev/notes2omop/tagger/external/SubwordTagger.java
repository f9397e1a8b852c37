package dev.notes2omop.tagger.external;

import dev.notes2omop.tagger.model.BioDecoder;
import dev.notes2omop.tagger.model.FiniteScores;
import dev.notes2omop.tagger.model.TagSpan;
import dev.notes2omop.tagger.model.Window;
import dev.notes2omop.tagger.model.Windows;
import dev.notes2omop.tagger.neural.TaggerModelException;
import dev.notes2omop.tagger.text.Tokens;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tags a note with a sub-word token classifier: our tokens, split into {@link Windows}, each window
 * encoded into sub-words ({@link SubwordEncoder}) and scored ({@link WindowScorer}, in batches of
 * windows); each token takes the log-softmax of its first sub-word's logits (a token without
 * sub-words gets a fixed row that lets it continue a span around it and never start one); the rows
 * are merged over the windows ({@link Windows#mergeScores}) and decoded once over the note ({@link
 * BioDecoder}), so the tags are valid BIO and the spans are in note offsets. Not thread-safe when
 * its scorer is not: one per thread.
 */
public final class SubwordTagger {

  private static final float NO_EVIDENCE_INSIDE = -0.5f;
  private static final float NO_EVIDENCE_BEGIN = -1f;

  private final SubwordEncoder encoder;
  private final Windows windows;
  private final OutputTags tags;
  private final BioDecoder decoder;
  private final WindowScorer scorer;
  private final int batchSize;
  private final float[] noEvidence;

  /**
   * @param batchSize the most windows per scorer call
   */
  public SubwordTagger(
      SubwordEncoder encoder,
      Windows windows,
      OutputTags tags,
      WindowScorer scorer,
      int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
    }
    this.batchSize = batchSize;
    this.encoder = encoder;
    this.windows = windows;
    this.tags = tags;
    this.decoder = new BioDecoder(tags.labels());
    this.scorer = scorer;
    this.noEvidence = noEvidence(tags.size());
  }

  /**
   * The row of a token without sub-words: {@code O} first, then {@code I-X}, then {@code B-X}, so
   * that such a token continues the span it sits in (when the next token continues it too) and is
   * otherwise outside; it never starts a span.
   */
  private static float[] noEvidence(int size) {
    float[] row = new float[size];
    for (int q = 1; q < size; q++) {
      row[q] = q % 2 == 1 ? NO_EVIDENCE_BEGIN : NO_EVIDENCE_INSIDE;
    }
    return row;
  }

  /** One tag index of {@link OutputTags#labels()} per token; a valid BIO sequence. */
  public int[] tag(Tokens tokens) {
    if (tokens.size() == 0) {
      return new int[0];
    }
    List<EncodedWindow> encoded = encoder.encode(windows.split(tokens));
    Map<EncodedWindow, float[][]> logits = new IdentityHashMap<>();
    List<EncodedWindow> batch = new ArrayList<>(batchSize);
    for (EncodedWindow window : encoded) {
      if (window.scored()) {
        batch.add(window);
      }
      if (batch.size() == batchSize) {
        score(batch, logits);
      }
    }
    score(batch, logits);
    List<Window> split = new ArrayList<>(encoded.size());
    List<float[][]> scores = new ArrayList<>(encoded.size());
    for (EncodedWindow window : encoded) {
      split.add(window.window());
      scores.add(scores(window, logits.get(window)));
    }
    FiniteScores.require(scores);
    return decoder.decode(Windows.mergeScores(tokens.size(), split, scores));
  }

  /** The spans of a note, in note offsets. */
  public List<TagSpan> spans(Tokens tokens) {
    return decoder.spans(tokens, tag(tokens));
  }

  private void score(List<EncodedWindow> batch, Map<EncodedWindow, float[][]> out) {
    if (batch.isEmpty()) {
      return;
    }
    List<float[][]> logits = scorer.logits(batch);
    if (logits.size() != batch.size()) {
      throw new TaggerModelException(
          "the scorer gave " + logits.size() + " outputs for " + batch.size() + " windows");
    }
    for (int b = 0; b < batch.size(); b++) {
      out.put(batch.get(b), logits.get(b));
    }
    batch.clear();
  }

  /**
   * The log-probabilities of each token of a window, {@code [tokens][tags]} in label set order,
   * from the module's logits of its sub-words (null when the window is not scored).
   */
  private float[][] scores(EncodedWindow window, float[][] logits) {
    float[][] rows = new float[window.window().size()][];
    if (logits == null) {
      logits = new float[0][];
    } else if (logits.length != window.length()) {
      throw new TaggerModelException(
          "the module gave "
              + logits.length
              + " rows of logits for "
              + window.length()
              + " sub-words: expected one per sub-word");
    }
    for (int i = 0; i < rows.length; i++) {
      int first = window.firstSubword()[i];
      if (first < 0) {
        rows[i] = noEvidence;
        continue;
      }
      try {
        rows[i] = tags.logProbabilities(logits[first]);
      } catch (IllegalArgumentException e) {
        throw new TaggerModelException(
            "the module's output does not fit the package's "
                + tags.size()
                + " tags: "
                + e.getMessage(),
            e);
      }
    }
    return rows;
  }
}
