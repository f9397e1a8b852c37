/**
 * Making synthetic data: the tutor and validator interfaces, the generation request and the error
 * patterns it may focus on ({@link dev.notes2omop.trainer.synth.Focus}). Tutors live in
 * sub-packages ({@code grammar}, {@code llm}); validation and splits in {@code validate} and {@code
 * split}.
 */
package dev.notes2omop.trainer.synth;
