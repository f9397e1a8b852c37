/**
 * Token classifiers trained elsewhere (issue 5, DESIGN §5): a fine-tuned transformer exported to
 * TorchScript with its Hugging Face {@code tokenizer.json}, in a package whose {@code model.json}
 * says {@code "architecture": "torchscript-token-classifier"} ({@link
 * dev.notes2omop.tagger.external.TorchScriptManifest}). {@link
 * dev.notes2omop.tagger.external.TorchScriptPackage} loads it, {@link
 * dev.notes2omop.tagger.external.SubwordEncoder} turns the windows of our tokens into sub-word ids,
 * {@link dev.notes2omop.tagger.external.SubwordTagger} scores each token by its first sub-word's
 * logits and decodes them with the engine-free parts of {@code dev.notes2omop.tagger.model}, and
 * {@link dev.notes2omop.tagger.external.ExternalModelTagger} is the thread-safe {@link
 * dev.notes2omop.core.nlp.NoteTagger}. The module call is behind {@link
 * dev.notes2omop.tagger.external.WindowScorer}.
 */
package dev.notes2omop.tagger.external;
