package dev.notes2omop.core.pipeline;

import dev.notes2omop.core.mapping.MappedMention;
import dev.notes2omop.core.note.ClinicalNote;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A note with its mapped mentions, ready to be written.
 *
 * @param note the note
 * @param mentions its mentions, ordered by offset
 * @param nlpSystem the {@code NOTE_NLP.nlp_system} value naming the software and model
 * @param processedAt when it was processed
 */
public record AnnotatedNote(
    ClinicalNote note, List<MappedMention> mentions, String nlpSystem, Instant processedAt) {

  public AnnotatedNote {
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(nlpSystem, "nlpSystem");
    Objects.requireNonNull(processedAt, "processedAt");
    mentions = List.copyOf(mentions);
  }
}
