package dev.notes2omop.trainer.data;

import dev.notes2omop.core.nlp.Mention;
import dev.notes2omop.tagger.text.Tokens;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Training records made from unlabeled notes with silver spans: the mentions a tagger (the
 * dictionary, or a model) finds in them, as whole notes. A mention that does not start and end on
 * token boundaries, or overlaps one kept before it, is dropped, not the note.
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
    List<SynthEntity> entities = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      entities.add(new SynthEntity(m.start(), m.end(), m.label(), m.text(), null, m.assertion()));
    }
    return fromEntities(id, text, entities, tagger);
  }

  /**
   * A record of {@code text} with the {@code entities} that start and end on token boundaries and
   * do not overlap one kept before them.
   *
   * @param tagger who found them, kept in the record's {@code meta.generator}
   */
  public static Made fromEntities(
      String id, String text, List<SynthEntity> entities, String tagger) {
    Tokens tokens = Tokens.of(text);
    Map<Integer, Integer> startingAt = new HashMap<>();
    Map<Integer, Integer> endingAt = new HashMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      startingAt.put(tokens.start(i), i);
      endingAt.put(tokens.end(i), i);
    }
    boolean[] taken = new boolean[tokens.size()];
    List<SynthEntity> kept = new ArrayList<>();
    int dropped = 0;
    for (SynthEntity entity : entities) {
      Integer first = startingAt.get(entity.start());
      Integer last = endingAt.get(entity.end());
      if (first == null || last == null || last < first || anyTaken(taken, first, last)) {
        dropped++;
        continue;
      }
      for (int i = first; i <= last; i++) {
        taken[i] = true;
      }
      kept.add(entity);
    }
    kept.sort(Comparator.comparingInt(SynthEntity::start));
    RecordMeta meta =
        new RecordMeta(
            "silver:" + tagger,
            FAMILY,
            FAMILY,
            kept.isEmpty() ? RecordKind.NEGATIVE : RecordKind.POSITIVE,
            List.of());
    return new Made(SynthRecord.of(id, text, kept, meta), dropped);
  }

  private static boolean anyTaken(boolean[] taken, int first, int last) {
    for (int i = first; i <= last; i++) {
      if (taken[i]) {
        return true;
      }
    }
    return false;
  }
}
