package dev.notes2omop.trainer.eval;

import java.util.List;
import java.util.Objects;

/**
 * One annotated record of an evaluation data set, its spans converted to Java offsets.
 *
 * @param id the record's id
 * @param text its text
 * @param entities its gold spans, with the data set's labels, in UTF-16 offsets into {@code text}
 */
public record EvalRecord(String id, String text, List<Span> entities) {

  public EvalRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    entities = List.copyOf(entities);
    for (Span span : entities) {
      if (span.end() > text.length()) {
        throw new IllegalArgumentException(
            "span " + span.start() + "-" + span.end() + " is past the end of record " + id);
      }
    }
  }
}
