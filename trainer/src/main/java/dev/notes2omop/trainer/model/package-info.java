/**
 * Training of the DJL (PyTorch) BiLSTM tagger of issue 5: the training loop ({@link
 * dev.notes2omop.trainer.model.ModelTrainer}), its masked loss and exact-span scoring. The network,
 * the model package on disk and the tagger that runs it live in {@code
 * dev.notes2omop.tagger.neural}; feature extraction, windows and BIO decoding in {@code
 * dev.notes2omop.tagger.model}.
 */
package dev.notes2omop.trainer.model;
