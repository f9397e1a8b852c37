package dev.notes2omop.trainer.train;

import dev.notes2omop.tagger.neural.TaggerConfig;
import dev.notes2omop.trainer.model.ModelTrainer;
import java.util.List;
import java.util.Map;

/**
 * What {@code training-report.json} holds.
 *
 * @param id the model's id
 * @param hyperParameters the configuration trained with
 * @param trainRecords records in {@code train.jsonl}
 * @param testRecords records in {@code test.jsonl} (early stopping)
 * @param validationRecords records in {@code validation.jsonl} (final scores)
 * @param epochsRun epochs run (fewer than configured after early stopping)
 * @param epochs one line per epoch run
 * @param trainingSeconds wall time of training, test scoring included
 * @param validationSeconds wall time of scoring the validation split
 * @param tokensPerSecond training tokens per second over all epochs (steps only)
 * @param validation the validation figures, as in {@code model.json}
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
    Map<String, Double> validation) {

  public TrainingReport {
    epochs = List.copyOf(epochs);
    validation = Map.copyOf(validation);
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
}
