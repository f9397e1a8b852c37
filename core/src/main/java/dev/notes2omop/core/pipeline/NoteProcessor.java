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
 *
 * <p>{@link #process} takes one note through every stage. Bulk runs use the stages apart, so that
 * they can overlap and batch: {@link #screen} a batch (up to date, parked or ready), {@link #tag}
 * and {@link #map} each ready note (the CPU-bound part, on as many threads as there are), then
 * {@link #write} a batch of annotated notes ({@link #processAll} chains them on one thread). Either
 * way a note gets the same rows and the same {@link NoteOutcome}.
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

  /**
   * Takes a batch of notes through every stage on this thread: {@link #screen}, {@link #annotate}
   * and {@link #write}. A note the tagger fails on is {@link NoteOutcome.Failed}, the others are
   * written.
   *
   * @return one outcome per note, in order
   */
  public List<NoteOutcome> processAll(List<ClinicalNote> notes) {
    List<Screened> screened = screen(notes);
    List<AnnotatedNote> ready = new ArrayList<>();
    List<NoteOutcome> failed = new ArrayList<>(screened.size());
    for (Screened s : screened) {
      NoteOutcome failure = null;
      if (s instanceof Screened.Ready r) {
        try {
          ready.add(annotate(r.note()));
        } catch (TaggingException e) {
          log.warn(
              "{}: the tagger failed, nothing written: {}", r.note().sourceValue(), e.getMessage());
          failure = new NoteOutcome.Failed(r.note().resourceId(), e.getMessage());
        }
      }
      failed.add(failure);
    }
    List<NoteOutcome> written = write(ready);
    List<NoteOutcome> outcomes = new ArrayList<>(notes.size());
    int next = 0;
    for (int i = 0; i < screened.size(); i++) {
      Screened s = screened.get(i);
      if (s instanceof Screened.Done done) {
        outcomes.add(done.outcome());
      } else if (failed.get(i) != null) {
        outcomes.add(failed.get(i));
      } else {
        outcomes.add(written.get(next++));
      }
    }
    return outcomes;
  }

  /**
   * The first stage of a batch: removes the rows of entered-in-error notes, and asks the sink which
   * of the others are up to date or parked (no tagging is spent on those).
   *
   * @return one entry per note, in order
   */
  public List<Screened> screen(List<ClinicalNote> notes) {
    List<ClinicalNote> live = new ArrayList<>(notes.size());
    for (ClinicalNote note : notes) {
      if (note.status() != NoteStatus.ENTERED_IN_ERROR) {
        live.add(note);
      }
    }
    List<NoteState> states =
        live.isEmpty() ? List.of() : sink.screen(live, nlpSystem, clock.instant());
    List<Screened> screened = new ArrayList<>(notes.size());
    int next = 0;
    for (ClinicalNote note : notes) {
      if (note.status() == NoteStatus.ENTERED_IN_ERROR) {
        boolean hadRows = sink.remove(note.resourceId());
        log.info("{} is entered-in-error: removed its rows ({})", note.resourceId(), hadRows);
        screened.add(new Screened.Done(note, new NoteOutcome.Removed(note.resourceId(), hadRows)));
        continue;
      }
      NoteState state = states.get(next++);
      screened.add(
          switch (state) {
            case UP_TO_DATE ->
                new Screened.Done(note, new NoteOutcome.Unchanged(note.sourceValue()));
            case PARKED ->
                new Screened.Done(
                    note, new NoteOutcome.Parked(note.sourceValue(), note.subjectReference()));
            case READY -> new Screened.Ready(note);
          });
    }
    return screened;
  }

  /** Tags and maps one note: {@link #tag} then {@link #map}. */
  public AnnotatedNote annotate(ClinicalNote note) {
    return map(note, tag(note));
  }

  /** The mentions of {@code note}: the model's (or dictionary's) part, CPU-bound. */
  public List<Mention> tag(ClinicalNote note) {
    return tagger.tag(note.text());
  }

  /** The note with its mentions mapped to concepts, ready to be written. */
  public AnnotatedNote map(ClinicalNote note, List<Mention> mentions) {
    List<MappedMention> mapped = new ArrayList<>(mentions.size());
    for (Mention mention : mentions) {
      mapped.add(mapper.map(mention, note.text()));
    }
    return new AnnotatedNote(note, mapped, nlpSystem, clock.instant());
  }

  /**
   * Writes annotated notes with {@link OmopSink#writeAll} (in one transaction when the sink can).
   *
   * @return one outcome per note, in order
   */
  public List<NoteOutcome> write(List<AnnotatedNote> notes) {
    if (notes.isEmpty()) {
      return List.of();
    }
    List<WriteResult> results = sink.writeAll(notes);
    List<NoteOutcome> outcomes = new ArrayList<>(notes.size());
    for (int i = 0; i < notes.size(); i++) {
      outcomes.add(outcomeOf(notes.get(i), results.get(i)));
    }
    return outcomes;
  }

  private static NoteOutcome outcomeOf(AnnotatedNote annotated, WriteResult result) {
    ClinicalNote note = annotated.note();
    if (result instanceof WriteResult.Written written) {
      log.debug(
          "{}: {} mentions, rows {}",
          note.sourceValue(),
          annotated.mentions().size(),
          written.rowsByTable());
      return new NoteOutcome.Processed(written, annotated.mentions().size());
    } else if (result instanceof WriteResult.Unchanged) {
      return new NoteOutcome.Unchanged(note.sourceValue());
    } else if (result instanceof WriteResult.Parked parked) {
      return new NoteOutcome.Parked(note.sourceValue(), parked.subjectReference());
    }
    throw new IllegalStateException("unknown write result " + result);
  }
}
