/**
 * Making a data set end to end: {@link dev.notes2omop.trainer.synth.run.SynthRunner} asks a tutor
 * for records in rounds, validates them, splits them and writes {@code train.jsonl}, {@code
 * test.jsonl}, {@code validation.jsonl} and a report ({@code report.json}, {@code report.md}).
 */
package dev.notes2omop.trainer.synth.run;
