/**
 * Splitting validated records into train, test and out-of-sample validation: {@link
 * dev.notes2omop.trainer.synth.split.Splitter} keeps template families apart, holds surface forms
 * out of train, and never lets a text appear in two splits; {@link
 * dev.notes2omop.trainer.synth.split.SplitStats} describes each split.
 */
package dev.notes2omop.trainer.synth.split;
