/**
 * The neural tagger at run time, on DJL's PyTorch engine: the BiLSTM network ({@link
 * dev.notes2omop.tagger.neural.TaggerNetwork}), the model package on disk ({@link
 * dev.notes2omop.tagger.neural.ModelPackage}), a predictor per thread ({@link
 * dev.notes2omop.tagger.neural.TaggerPredictor}) and the {@link dev.notes2omop.core.nlp.NoteTagger}
 * that runs it ({@link dev.notes2omop.tagger.neural.ModelTagger}). Training lives in the trainer
 * module; feature extraction, windows and BIO decoding are the engine-free parts of {@code
 * dev.notes2omop.tagger.model}.
 */
package dev.notes2omop.tagger.neural;
