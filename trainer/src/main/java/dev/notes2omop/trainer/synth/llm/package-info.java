/**
 * LLM tutors: a generator ({@link dev.notes2omop.trainer.synth.llm.LlmTutor}) and a validator
 * ({@link dev.notes2omop.trainer.synth.llm.LlmValidator}) that talk to an OpenAI-compatible
 * chat-completions server or to Gemini through a {@link
 * dev.notes2omop.trainer.synth.llm.ChatClient}, with versioned prompts (resources under {@code
 * prompts/}), retries, a client-side rate limit and token accounting ({@link
 * dev.notes2omop.trainer.synth.llm.UsageMeter}, {@link
 * dev.notes2omop.trainer.synth.llm.CostReport}).
 *
 * <p>Configured from the environment by {@link dev.notes2omop.trainer.synth.llm.LlmSettings}.
 * Record text, prompts and answers are logged at DEBUG only; API keys never.
 */
package dev.notes2omop.trainer.synth.llm;
