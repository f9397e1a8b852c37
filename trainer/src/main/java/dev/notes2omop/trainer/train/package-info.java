/**
 * Training a model package from a synthetic data set (issue 5): {@link
 * dev.notes2omop.trainer.train.TrainRunner} reads {@code train.jsonl}, {@code test.jsonl} and
 * {@code validation.jsonl} ({@link dev.notes2omop.trainer.train.TrainingData}), trains the BiLSTM
 * tagger with early stopping on the test split, scores it on the validation split ({@link
 * dev.notes2omop.trainer.train.ValidationScores}), and runs the error-pattern loop: the validation
 * errors grouped into patterns ({@link dev.notes2omop.trainer.train.ErrorPatterns}), records about
 * the most frequent ones asked of a tutor and validated by the rules ({@link
 * dev.notes2omop.trainer.train.FocusedRecords}), added to the training data, retraining ({@link
 * dev.notes2omop.trainer.train.LoopSettings}). It writes the best model's package and a {@code
 * training-report.json} ({@link dev.notes2omop.trainer.train.TrainingReport}) into a directory,
 * whole or not at all ({@link dev.notes2omop.trainer.train.PackageFiles}).
 */
package dev.notes2omop.trainer.train;
