/**
 * Training a model package from a synthetic data set (issue 5): {@link
 * dev.notes2omop.trainer.train.TrainRunner} reads {@code train.jsonl}, {@code test.jsonl} and
 * {@code validation.jsonl} ({@link dev.notes2omop.trainer.train.TrainingData}), trains the BiLSTM
 * tagger with early stopping on the test split, scores it on the validation split ({@link
 * dev.notes2omop.trainer.train.ValidationScores}) and writes the package and a {@code
 * training-report.json} into a directory, whole or not at all.
 */
package dev.notes2omop.trainer.train;
