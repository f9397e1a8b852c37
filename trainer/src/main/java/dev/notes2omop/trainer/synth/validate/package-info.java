/**
 * Validating synthetic records: {@link dev.notes2omop.trainer.synth.validate.RuleValidator} checks
 * spans, BIO tags, labels against the concept's domain, kinds, language, length, duplicates and
 * near-duplicates; {@link dev.notes2omop.trainer.synth.validate.ValidationChain} runs validators in
 * order and {@link dev.notes2omop.trainer.synth.validate.ValidationReport} counts their verdicts
 * per reason.
 */
package dev.notes2omop.trainer.synth.validate;
