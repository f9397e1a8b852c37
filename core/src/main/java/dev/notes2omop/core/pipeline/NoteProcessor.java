package dev.notes2omop.core.pipeline;

import dev.notes2omop.core.mapping.ConceptMapper;
import dev.notes2omop.core.mapping.MappedMention;
import dev.notes2omop.core.nlp.Mention;
import dev.notes2omop.core.nlp.NoteTagger;
import dev.notes2omop.core.nlp.TaggingException;
import dev.notes2omop.core.note.ClinicalNote;
import dev.notes2omop.core.note.NoteStatus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes a note through the pipeline: tagger, then mapper, then sink. Thread-safe when its stages
 * are.
 */
public final class NoteProcessor {

  private static final Logger log = LoggerFactory.getLogger(NoteProcessor.class);

  private final NoteTagger tagger;
  private final ConceptMapper mapper;
  private final OmopSink sink;
  private final Clock clock;
  private final String nlpSystem;

  /**
   * @param tagger finds mentions
   * @param mapper maps them to concepts
   * @param sink writes the rows
   * @param clock gives the processing time
   * @param softwareVersion the notes2omop version, part of {@code nlp_system}
   */
  public NoteProcessor(
      NoteTagger tagger, ConceptMapper mapper, OmopSink sink, Clock clock, String softwareVersion) {
    this.tagger = Objects.requireNonNull(tagger, "tagger");
    this.mapper = Objects.requireNonNull(mapper, "mapper");
    this.sink = Objects.requireNonNull(sink, "sink");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.nlpSystem = "notes2omop " + softwareVersion + " model " + tagger.id();
  }

  /** The {@code NOTE_NLP.nlp_system} this processor writes. */
  public String nlpSystem() {
    return nlpSystem;
  }

  /**
   * Processes one note version. A note the tagger fails on is {@link NoteOutcome.Failed}, with
   * nothing written; other exceptions (the database, bugs) propagate.
   */
  public NoteOutcome process(ClinicalNote note) {
    if (note.status() == NoteStatus.ENTERED_IN_ERROR) {
      boolean hadRows = sink.remove(note.resourceId());
      log.info("{} is entered-in-error: removed its rows ({})", note.resourceId(), hadRows);
      return new NoteOutcome.Removed(note.resourceId(), hadRows);
    }
    if (sink.isUpToDate(note, nlpSystem)) {
      return new NoteOutcome.Unchanged(note.sourceValue());
    }
    if (sink.parkIfPersonMissing(note, clock.instant())) {
      return new NoteOutcome.Parked(note.sourceValue(), note.subjectReference());
    }
    List<Mention> mentions;
    try {
      mentions = tagger.tag(note.text());
    } catch (TaggingException e) {
      log.warn("{}: the tagger failed, nothing written: {}", note.sourceValue(), e.getMessage());
      return new NoteOutcome.Failed(note.resourceId(), e.getMessage());
    }
    List<MappedMention> mapped = new ArrayList<>(mentions.size());
    for (Mention mention : mentions) {
      mapped.add(mapper.map(mention, note.text()));
    }
    WriteResult result = sink.write(new AnnotatedNote(note, mapped, nlpSystem, clock.instant()));
    if (result instanceof WriteResult.Written written) {
      log.debug(
          "{}: {} mentions, rows {}", note.sourceValue(), mapped.size(), written.rowsByTable());
      return new NoteOutcome.Processed(written, mapped.size());
    } else if (result instanceof WriteResult.Unchanged) {
      return new NoteOutcome.Unchanged(note.sourceValue());
    } else if (result instanceof WriteResult.Parked parked) {
      return new NoteOutcome.Parked(note.sourceValue(), parked.subjectReference());
    }
    throw new IllegalStateException("unknown write result " + result);
  }
}
