/**
 * Making synthetic data: the tutor and validator interfaces and the generation request. Tutors live
 * in sub-packages ({@code grammar}, {@code llm}); validation and splits in {@code validate} and
 * {@code split}.
 */
package dev.notes2omop.trainer.synth;
