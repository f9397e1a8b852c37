package dev.notes2omop.trainer.train;

import dev.notes2omop.trainer.model.ModelTrainer;
import dev.notes2omop.trainer.selftrain.SilverTeacher;
import java.util.function.Consumer;

/** What {@link TrainRunner} reports while it runs; every method does nothing by default. */
public interface TrainProgress {

  /**
   * An iteration starts.
   *
   * @param iteration 1-based
   * @param iterations the most iterations
   * @param trainRecords the records it trains on
   * @param added of those, records the loop added
   */
  default void iterationStarted(int iteration, int iterations, int trainRecords, int added) {}

  /**
   * A self-training round marked silver spans on the unlabeled notes.
   *
   * @param round 1-based
   * @param rounds the rounds
   * @param taught the silver records and where their spans came from
   */
  default void silverMarked(int round, int rounds, SilverTeacher.Taught taught) {}

  /** An unlabeled note was marked ({@code done} of {@code total}). */
  default void noteMarked(int done, int total) {}

  /** An epoch ended. */
  default void epoch(ModelTrainer.EpochReport epoch) {}

  /** An iteration ended: its scores, patterns and the records it added for the next. */
  default void iterationDone(TrainingReport.Iteration iteration) {}

  /** Progress that only hears of epochs. */
  static TrainProgress ofEpochs(Consumer<ModelTrainer.EpochReport> epochs) {
    return new TrainProgress() {
      @Override
      public void epoch(ModelTrainer.EpochReport epoch) {
        epochs.accept(epoch);
      }
    };
  }
}
