/**
 * The engine-free core of the neural tagger: what the model reads and how its output becomes
 * mentions, without any deep learning engine.
 *
 * <ul>
 *   <li>{@link dev.notes2omop.tagger.model.Windows} splits a note into sentences and packs them
 *       into windows of bounded length that keep every token's offset in the note, and merges the
 *       predictions of overlapping windows back into one per token.
 *   <li>{@link dev.notes2omop.tagger.model.TokenFeatures} turns tokens into the ids and flags the
 *       encoder embeds: word ids ({@link dev.notes2omop.tagger.model.Vocabulary}), character ids,
 *       word shapes and gazetteer flags ({@link dev.notes2omop.tagger.model.Gazetteer}).
 *   <li>{@link dev.notes2omop.tagger.model.LabelSet} names the BIO tags and the allowed
 *       transitions; {@link dev.notes2omop.tagger.model.BioDecoder} finds the best valid tag
 *       sequence for the encoder's per-token scores and turns it into {@link
 *       dev.notes2omop.tagger.model.TagSpan}s.
 * </ul>
 */
package dev.notes2omop.tagger.model;
