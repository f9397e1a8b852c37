/**
 * The DJL (PyTorch) BiLSTM tagger of issue 5: the network ({@link
 * dev.notes2omop.trainer.model.TaggerNetwork}), its training loop ({@link
 * dev.notes2omop.trainer.model.ModelTrainer}), the model package on disk ({@link
 * dev.notes2omop.trainer.model.ModelPackage}) and a {@link dev.notes2omop.core.nlp.NoteTagger} that
 * runs it ({@link dev.notes2omop.trainer.model.ModelTagger}). Feature extraction, windows and BIO
 * decoding are the engine-free parts of {@code dev.notes2omop.tagger.model}.
 */
package dev.notes2omop.trainer.model;
