/**
 * The offline grammar tutor ({@link dev.notes2omop.trainer.synth.grammar.GrammarTutor}): Spanish
 * clinical passages written from templates kept as data (families of templates per note type and
 * section), filled with lexicon terms and their concepts, with assertion cues, typos, casing and
 * number styles, and planned shares of labels, negatives and hard negatives.
 */
package dev.notes2omop.trainer.synth.grammar;
