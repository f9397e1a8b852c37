package dev.notes2omop.trainer.data;

import java.util.List;
import java.util.Objects;

/**
 * A synthetic training record (DESIGN §6).
 *
 * @param id a unique id, e.g. {@code grammar-11-000042}
 * @param text the text
 * @param tokens its tokens, as {@link BioTagging} splits it
 * @param tags one BIO tag per token ({@code O}, {@code B-CONDITION}, {@code I-CONDITION}, ...)
 * @param entities the entities, ordered by offset, not overlapping
 * @param meta where it came from
 */
public record SynthRecord(
    String id,
    String text,
    List<String> tokens,
    List<String> tags,
    List<SynthEntity> entities,
    RecordMeta meta) {

  public SynthRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(meta, "meta");
    tokens = List.copyOf(tokens);
    tags = List.copyOf(tags);
    entities = List.copyOf(entities);
  }

  /**
   * A record with its tokens and tags computed from the entities by {@link BioTagging}.
   *
   * @throws IllegalArgumentException when an entity does not start and end on token boundaries
   */
  public static SynthRecord of(
      String id, String text, List<SynthEntity> entities, RecordMeta meta) {
    BioTagging.Tagged tagged = BioTagging.tag(text, entities);
    return new SynthRecord(id, text, tagged.tokens(), tagged.tags(), entities, meta);
  }

  public SynthRecord withMeta(RecordMeta newMeta) {
    return new SynthRecord(id, text, tokens, tags, entities, newMeta);
  }
}
