package dev.notes2omop.trainer.data;

import dev.notes2omop.core.nlp.Mention;
import java.util.ArrayList;
import java.util.List;

/**
 * Training records made from unlabeled notes with silver spans: the mentions a tagger (the
 * dictionary, or a model) finds in them, as whole notes. A mention that does not start and end on
 * token boundaries is dropped, not the note.
 */
public final class SilverRecords {

  /** The family of every silver record: splits keep it apart from the synthetic families. */
  public static final String FAMILY = "unlabeled";

  private SilverRecords() {}

  /** A record and the mentions that could not become entities of it. */
  public record Made(SynthRecord record, int dropped) {}

  /**
   * @param id the note's id
   * @param text the note's text
   * @param mentions what the tagger found in it
   * @param tagger the tagger's id, kept in the record's {@code meta.generator}
   */
  public static Made record(String id, String text, List<Mention> mentions, String tagger) {
    List<SynthEntity> kept = new ArrayList<>();
    int dropped = 0;
    for (Mention m : mentions) {
      SynthEntity entity =
          new SynthEntity(m.start(), m.end(), m.label(), m.text(), null, m.assertion());
      List<SynthEntity> trial = new ArrayList<>(kept);
      trial.add(entity);
      try {
        BioTagging.tag(text, trial);
        kept.add(entity);
      } catch (IllegalArgumentException e) {
        dropped++;
      }
    }
    RecordMeta meta =
        new RecordMeta(
            "silver:" + tagger,
            FAMILY,
            FAMILY,
            kept.isEmpty() ? RecordKind.NEGATIVE : RecordKind.POSITIVE,
            List.of());
    return new Made(SynthRecord.of(id, text, kept, meta), dropped);
  }
}
