package dev.notes2omop.trainer.train;

import dev.notes2omop.trainer.synth.Tutor;

/**
 * How the error-pattern loop runs.
 *
 * @param iterations the most trainings: the first on {@code train.jsonl}, each later one on it plus
 *     the records added so far (1: no loop)
 * @param patterns how many of the most frequent patterns the tutor is asked about each round
 * @param recordsPerPattern records asked of the tutor per pattern
 * @param tutor writes the records; may be {@code null} when {@code iterations} is 1
 */
public record LoopSettings(int iterations, int patterns, int recordsPerPattern, Tutor tutor) {

  /** The default number of patterns asked about: {@value}. */
  public static final int DEFAULT_PATTERNS = 20;

  /** The default records per pattern: {@value}. */
  public static final int DEFAULT_RECORDS_PER_PATTERN = 3;

  public LoopSettings {
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations must be at least 1, was " + iterations);
    }
    if (patterns < 1) {
      throw new IllegalArgumentException("patterns must be at least 1, was " + patterns);
    }
    if (recordsPerPattern < 1) {
      throw new IllegalArgumentException(
          "recordsPerPattern must be at least 1, was " + recordsPerPattern);
    }
    if (iterations > 1 && tutor == null) {
      throw new IllegalArgumentException("the loop needs a tutor");
    }
  }

  /** One training, no loop. */
  public static LoopSettings none() {
    return new LoopSettings(1, DEFAULT_PATTERNS, DEFAULT_RECORDS_PER_PATTERN, null);
  }

  /** {@code iterations} trainings with {@code tutor}, default patterns and records per pattern. */
  public static LoopSettings of(int iterations, Tutor tutor) {
    return new LoopSettings(iterations, DEFAULT_PATTERNS, DEFAULT_RECORDS_PER_PATTERN, tutor);
  }

  public LoopSettings withPatterns(int value) {
    return new LoopSettings(iterations, value, recordsPerPattern, tutor);
  }
}
