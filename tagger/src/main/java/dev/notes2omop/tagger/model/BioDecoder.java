package dev.notes2omop.tagger.model;

import dev.notes2omop.tagger.text.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntUnaryOperator;

/**
 * Constrained decoding: the tag sequence with the highest total score among the valid BIO sequences
 * of a {@link LabelSet} (Viterbi). The score of a sequence is the sum of its per-token scores
 * (log-probabilities or logits from the encoder) plus, when given, the learned transition scores
 * between consecutive tags. Invalid transitions ({@code I-X} after anything but {@code B-X} or
 * {@code I-X}, and {@code I-X} first) are never taken, whatever the scores.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class BioDecoder {

  private final LabelSet labels;
  private final double[][] transitions;

  /** A decoder with the constraints only (all allowed transitions score 0). */
  public BioDecoder(LabelSet labels) {
    this(labels, null);
  }

  /**
   * A decoder with learned transition scores.
   *
   * @param transitions {@code transitions[previous][next]}, a square matrix of the label set's
   *     size, or {@code null} for none; the scores of forbidden transitions are ignored
   */
  public BioDecoder(LabelSet labels, float[][] transitions) {
    this.labels = Objects.requireNonNull(labels, "labels");
    int n = labels.size();
    this.transitions = new double[n][n];
    if (transitions != null) {
      if (transitions.length != n) {
        throw new IllegalArgumentException(
            "transition matrix has " + transitions.length + " rows, the label set " + n + " tags");
      }
      for (int p = 0; p < n; p++) {
        if (transitions[p].length != n) {
          throw new IllegalArgumentException(
              "transition row " + p + " has " + transitions[p].length + " columns, expected " + n);
        }
        for (int q = 0; q < n; q++) {
          this.transitions[p][q] = finite(transitions[p][q], "transition", p, q);
        }
      }
    }
    for (int p = 0; p < n; p++) {
      for (int q = 0; q < n; q++) {
        if (!labels.allowed(p, q)) {
          this.transitions[p][q] = Double.NEGATIVE_INFINITY;
        }
      }
    }
  }

  /** The label set the decoder's tag indexes refer to. */
  public LabelSet labels() {
    return labels;
  }

  /**
   * The best valid tag sequence for {@code scores}.
   *
   * @param scores {@code scores[token][tag]}, one row of the label set's size per token
   * @return one tag index per token
   * @throws IllegalArgumentException when a row has the wrong size or a score is not finite
   */
  public int[] decode(float[][] scores) {
    int tokens = scores.length;
    int n = labels.size();
    if (tokens == 0) {
      return new int[0];
    }
    double[] best = new double[n];
    double[] next = new double[n];
    int[][] back = new int[tokens][n];
    for (int q = 0; q < n; q++) {
      double score = finite(row(scores, 0)[q], "score", 0, q);
      best[q] = labels.allowedFirst(q) ? score : Double.NEGATIVE_INFINITY;
    }
    for (int t = 1; t < tokens; t++) {
      float[] row = row(scores, t);
      for (int q = 0; q < n; q++) {
        int arg = 0;
        double max = Double.NEGATIVE_INFINITY;
        for (int p = 0; p < n; p++) {
          double candidate = best[p] + transitions[p][q];
          if (candidate > max) {
            max = candidate;
            arg = p;
          }
        }
        back[t][q] = arg;
        next[q] = max + finite(row[q], "score", t, q);
      }
      double[] swap = best;
      best = next;
      next = swap;
    }
    int last = 0;
    for (int q = 1; q < n; q++) {
      if (best[q] > best[last]) {
        last = q;
      }
    }
    int[] path = new int[tokens];
    path[tokens - 1] = last;
    for (int t = tokens - 1; t > 0; t--) {
      path[t - 1] = back[t][path[t]];
    }
    return path;
  }

  /** The highest-scoring tag of each token on its own, valid or not (for comparison). */
  public int[] greedy(float[][] scores) {
    int[] out = new int[scores.length];
    for (int t = 0; t < scores.length; t++) {
      float[] row = row(scores, t);
      for (int q = 1; q < row.length; q++) {
        if (row[q] > row[out[t]]) {
          out[t] = q;
        }
      }
    }
    return out;
  }

  /**
   * The entity spans of a tag sequence over {@code tokens} of a note: a span runs from a {@code
   * B-X} through the {@code I-X} that follow it. A stray {@code I-X} (not possible in the output of
   * {@link #decode}) starts a new span, as {@link LabelSet#repair} reads it.
   */
  public List<TagSpan> spans(Tokens tokens, int[] tags) {
    if (tags.length != tokens.size()) {
      throw new IllegalArgumentException(
          tags.length + " tags for " + tokens.size() + " tokens: give one tag per token");
    }
    return spans(tags, tokens::start, tokens::end);
  }

  /** The entity spans of a tag sequence over the tokens of a window, in note offsets. */
  public List<TagSpan> spans(Window window, int[] tags) {
    if (tags.length != window.size()) {
      throw new IllegalArgumentException(
          tags.length + " tags for a window of " + window.size() + " tokens");
    }
    return spans(tags, window::start, window::end);
  }

  private List<TagSpan> spans(int[] tags, IntUnaryOperator starts, IntUnaryOperator ends) {
    int[] valid = labels.repair(tags);
    List<TagSpan> out = new ArrayList<>();
    int t = 0;
    while (t < valid.length) {
      if (!labels.isBegin(valid[t])) {
        t++;
        continue;
      }
      int first = t;
      int inside = valid[t] + 1;
      t++;
      while (t < valid.length && valid[t] == inside) {
        t++;
      }
      out.add(
          new TagSpan(
              starts.applyAsInt(first), ends.applyAsInt(t - 1), labels.label(valid[first])));
    }
    return out;
  }

  private float[] row(float[][] scores, int t) {
    float[] row = scores[t];
    if (row.length != labels.size()) {
      throw new IllegalArgumentException(
          "scores of token " + t + " have " + row.length + " tags, the label set " + labels.size());
    }
    return row;
  }

  private static double finite(float value, String what, int i, int j) {
    if (!Float.isFinite(value)) {
      throw new IllegalArgumentException(what + " [" + i + "][" + j + "] is " + value);
    }
    return value;
  }
}
