package dev.notes2omop.trainer.train;

import dev.notes2omop.tagger.neural.TaggerConfig;
import dev.notes2omop.trainer.model.ModelTrainer;
import dev.notes2omop.trainer.synth.Focus;
import java.util.List;
import java.util.Map;

/**
 * What {@code training-report.json} holds. The top-level figures are those of the model written
 * (the best iteration's); {@link #iterations()} has one entry per training of the loop.
 *
 * @param id the model's id
 * @param hyperParameters the configuration trained with
 * @param trainRecords records the written model was trained on ({@code train.jsonl} plus the
 *     records the loop added before its iteration)
 * @param testRecords records in {@code test.jsonl} (early stopping)
 * @param validationRecords records in {@code validation.jsonl} (final scores)
 * @param epochsRun epochs run for the written model (fewer than configured after early stopping)
 * @param epochs one line per epoch of the written model's training
 * @param trainingSeconds wall time of the written model's training, test scoring included
 * @param validationSeconds wall time of scoring it on the validation split
 * @param tokensPerSecond training tokens per second over its epochs (steps only)
 * @param validation its validation figures, as in {@code model.json}
 * @param bestIteration the iteration whose model was written (1-based)
 * @param recordsAdded records the loop added to the written model's training data
 * @param iterations one entry per iteration run
 */
public record TrainingReport(
    String id,
    TaggerConfig hyperParameters,
    int trainRecords,
    int testRecords,
    int validationRecords,
    int epochsRun,
    List<Epoch> epochs,
    double trainingSeconds,
    double validationSeconds,
    double tokensPerSecond,
    Map<String, Double> validation,
    int bestIteration,
    int recordsAdded,
    List<Iteration> iterations) {

  public TrainingReport {
    epochs = List.copyOf(epochs);
    validation = Map.copyOf(validation);
    iterations = List.copyOf(iterations);
  }

  /**
   * One epoch.
   *
   * @param epoch 1-based
   * @param meanLoss mean batch loss
   * @param steps optimiser steps
   * @param tokens real tokens seen
   * @param seconds wall time of its training steps
   * @param tokensPerSecond {@code tokens / seconds}
   * @param testSpanF1 span F1 on the test split after it (0 without test records)
   */
  public record Epoch(
      int epoch,
      double meanLoss,
      int steps,
      long tokens,
      double seconds,
      double tokensPerSecond,
      double testSpanF1) {

    static Epoch of(ModelTrainer.EpochReport r) {
      return new Epoch(
          r.epoch(),
          r.meanLoss(),
          r.steps(),
          r.tokens(),
          r.seconds(),
          r.tokensPerSecond(),
          r.heldOut().f1());
    }
  }

  /**
   * One training of the loop, and the records it added for the next.
   *
   * @param iteration 1-based
   * @param trainRecords records trained on
   * @param epochsRun epochs run
   * @param trainingSeconds wall time of the training
   * @param testSpanF1 exact span F1 on the test split after the last epoch (as {@code
   *     heldout_span_f1} in {@code model.json}); the loop never writes about test errors, so unlike
   *     the validation figures after iteration 1 it is not aimed at
   * @param validationSpanF1 exact span F1 on the validation split, all labels
   * @param validation validation precision, recall and F1, overall and per label
   * @param improved whether it beat every earlier iteration on validation span F1
   * @param patternsFound distinct error patterns on the validation split
   * @param patterns the most frequent ones, those the tutor was asked about
   * @param generated records the tutor wrote about them (0 when no iteration follows)
   * @param recordsAdded of those, records the validator accepted and the next training adds
   * @param rejections rejected records per reason
   */
  public record Iteration(
      int iteration,
      int trainRecords,
      int epochsRun,
      double trainingSeconds,
      double testSpanF1,
      double validationSpanF1,
      Map<String, Double> validation,
      boolean improved,
      int patternsFound,
      List<PatternLine> patterns,
      int generated,
      int recordsAdded,
      Map<String, Long> rejections) {

    public Iteration {
      validation = Map.copyOf(validation);
      patterns = List.copyOf(patterns);
      rejections = Map.copyOf(rejections);
    }
  }

  /**
   * An error pattern.
   *
   * @param kind missed, boundary, confusion or false positive
   * @param label the right label (for a false positive, the one wrongly predicted)
   * @param predicted for a confusion, the label predicted instead
   * @param text the surface form
   * @param context for a false positive, the words before it
   * @param key the grouping key
   * @param count errors of this pattern
   */
  public record PatternLine(
      Focus.Kind kind,
      String label,
      String predicted,
      String text,
      String context,
      String key,
      int count) {

    static PatternLine of(ErrorPatterns.Pattern p) {
      Focus f = p.focus();
      return new PatternLine(
          f.kind(),
          f.label().name(),
          f.predicted() == null ? null : f.predicted().name(),
          f.text(),
          f.context(),
          p.key(),
          p.count());
    }
  }
}
