/**
 * Word vectors pretrained on unlabeled notes (issue 12): skip-gram with character n-grams and
 * negative sampling, written from the algorithm of Bojanowski et al. (2017, "Enriching word vectors
 * with subword information"), in plain Java arrays. {@link
 * dev.notes2omop.trainer.vectors.WordVectors#train} reads texts with the tagger's tokenizer and
 * word keys ({@link dev.notes2omop.trainer.vectors.VectorCorpus}), trains ({@link
 * dev.notes2omop.trainer.vectors.SkipGram}) with the {@link
 * dev.notes2omop.trainer.vectors.VectorSettings}, and gives a vector for any word, also an unseen
 * or misspelt one, from its n-grams ({@link dev.notes2omop.trainer.vectors.Subwords}); the vectors
 * are saved in a small binary format ({@link dev.notes2omop.trainer.vectors.VectorFile}) and can
 * initialise the tagger's word embeddings ({@link
 * dev.notes2omop.trainer.vectors.WordVectors#rowsFor}).
 */
package dev.notes2omop.trainer.vectors;
