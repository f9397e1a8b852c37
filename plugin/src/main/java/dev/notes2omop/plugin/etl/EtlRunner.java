package dev.notes2omop.plugin.etl;

import dev.notes2omop.core.note.ClinicalNote;
import dev.notes2omop.core.note.PersonRecord;
import dev.notes2omop.core.pipeline.NoteOutcome;
import dev.notes2omop.core.pipeline.SkipReason;
import dev.notes2omop.core.pipeline.Skipped;
import dev.notes2omop.fhir.FhirItem;
import dev.notes2omop.fhir.bulk.BulkFileReader;
import dev.notes2omop.fhir.bulk.LocatedItem;
import dev.notes2omop.plugin.runtime.ParkedRetry;
import dev.notes2omop.plugin.runtime.Pipeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a bulk ETL over files of FHIR resources, in any order: Patients are written as they come,
 * notes go through {@link NoteStages} (screened in batches, tagged and mapped on worker threads,
 * written in batches with COPY), and notes parked for a missing person are retried at the end, when
 * every Patient of the input has been written. The input is streamed: memory does not grow with it.
 */
public final class EtlRunner {

  private static final Logger log = LoggerFactory.getLogger(EtlRunner.class);
  private static final int MAX_PROBLEMS = 1_000;
  private static final int FAILURES_BEFORE_GIVING_UP = 50;
  private static final int RETRY_BATCH = 1_000;

  private final Pipeline pipeline;
  private final int threads;

  /**
   * @param pipeline the stages
   * @param threads worker threads for tagging notes (at least 1)
   */
  public EtlRunner(Pipeline pipeline, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.pipeline = pipeline;
    this.threads = threads;
  }

  /** Reads every file and writes its rows. Throws {@link EtlException} on a fatal error. */
  public EtlReport run(List<Path> files, EtlProgress progress) {
    long started = System.nanoTime();
    Run run = new Run();
    StageTimes times = new StageTimes();
    BulkFileReader reader = new BulkFileReader(pipeline.reader());
    Persons persons = new Persons(run, times);
    try (NoteStages stages = new NoteStages(pipeline.processor(), threads, persons::flush, times)) {
      int index = 0;
      for (Path file : files) {
        index++;
        int fileIndex = index;
        String name = file.toString();
        reader.read(
            file,
            located -> {
              // the time since the last item came back is the reading and parsing of this one
              times.add(StageTimes.Stage.READ, run.lastItemDone);
              stages.failIfBroken();
              run.failIfTaggerBroken(FAILURES_BEFORE_GIVING_UP);
              run.resources.incrementAndGet();
              handle(located, run, persons, stages);
              progress.update(
                  name, fileIndex, files.size(), run.resources.get(), run.notesDone.sum());
              run.lastItemDone = System.nanoTime();
            });
      }
      persons.flush();
      stages.awaitIdle();
      retryParked(run, stages);
      run.failIfTaggerBroken();
      Map<StageTimes.Stage, Duration> spent = times.snapshot();
      return new EtlReport(
          files.size(),
          run.resources.get(),
          run.persons.sum(),
          run.written.sum(),
          run.unchanged.sum(),
          run.removed.sum(),
          run.mentions.sum(),
          run.parkedResolved.sum(),
          pipeline.parked().count(),
          run.failed.sum(),
          run.skippedCounts(),
          run.problems(),
          Duration.ofNanos(System.nanoTime() - started),
          spent);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + e.getMessage(), e);
    }
  }

  private void handle(LocatedItem located, Run run, Persons persons, NoteStages stages) {
    FhirItem item = located.item();
    if (item instanceof FhirItem.PersonItem person) {
      persons.add(person.person());
    } else if (item instanceof FhirItem.NoteItem note) {
      String location = located.location();
      stages.submit(note.note(), outcome -> count(run, location, outcome));
    } else if (item instanceof FhirItem.RemovalItem removal) {
      stages.awaitIdle();
      pipeline.sink().remove(removal.resourceId());
      run.removed.increment();
      run.skip(
          located.location(),
          new Skipped(
              removal.reason(),
              removal.resourceId(),
              removal.resourceId()
                  + ": "
                  + removal.reason().description()
                  + ", its rows were removed"));
    } else if (item instanceof FhirItem.SkippedItem skipped) {
      run.skip(located.location(), skipped.skipped());
    } else {
      throw new IllegalStateException("unknown FHIR item " + item);
    }
  }

  /**
   * Writes the parked notes whose person has arrived, in batches, through the stages. A note that
   * stays parked is not tried twice in one run.
   */
  private void retryParked(Run run, NoteStages stages) {
    ParkedRetry.run(
        pipeline.parked(),
        RETRY_BATCH,
        batch -> {
          for (ClinicalNote note : batch) {
            stages.submit(
                note,
                outcome -> {
                  if (outcome instanceof NoteOutcome.Processed
                      || outcome instanceof NoteOutcome.Unchanged) {
                    run.parkedResolved.increment();
                  }
                  count(run, "parked", outcome);
                });
          }
          stages.awaitIdle();
        });
  }

  private static void count(Run run, String location, NoteOutcome outcome) {
    run.notesDone.increment();
    if (outcome instanceof NoteOutcome.Failed failed) {
      run.failed(location + ": " + failed.resourceId() + ": " + failed.reason());
      return;
    }
    run.succeeded.increment();
    if (outcome instanceof NoteOutcome.Processed processed) {
      run.written.increment();
      run.mentions.add(processed.mentions());
    } else if (outcome instanceof NoteOutcome.Unchanged) {
      run.unchanged.increment();
    } else if (outcome instanceof NoteOutcome.Removed) {
      run.removed.increment();
    } else if (outcome instanceof NoteOutcome.Parked parked) {
      log.info("{} parked: {} does not exist yet", parked.sourceValue(), parked.subjectReference());
    }
  }

  /**
   * The persons read and not written yet: written in one transaction before the next notes are
   * screened (so that their notes are not parked), and at the end of the input.
   */
  private final class Persons {
    private static final int MAX = 1_000;
    private final List<PersonRecord> pending = new ArrayList<>();
    private final Run run;
    private final StageTimes times;

    Persons(Run run, StageTimes times) {
      this.run = run;
      this.times = times;
    }

    void add(PersonRecord person) {
      pending.add(person);
      if (pending.size() >= MAX) {
        flush();
      }
    }

    void flush() {
      if (pending.isEmpty()) {
        return;
      }
      long start = System.nanoTime();
      pipeline.persons().upsertAll(pending);
      times.add(StageTimes.Stage.PERSONS, start);
      run.persons.add(pending.size());
      pending.clear();
    }
  }

  /** The counters of one run, shared by the reading thread and the workers. */
  private static final class Run {
    final AtomicLong resources = new AtomicLong();
    final LongAdder persons = new LongAdder();
    final LongAdder written = new LongAdder();
    final LongAdder unchanged = new LongAdder();
    final LongAdder removed = new LongAdder();
    final LongAdder mentions = new LongAdder();
    final LongAdder parkedResolved = new LongAdder();
    final LongAdder notesDone = new LongAdder();
    final LongAdder failed = new LongAdder();
    final LongAdder succeeded = new LongAdder();
    long lastItemDone = System.nanoTime();
    private final Map<SkipReason, Long> skipped = new EnumMap<>(SkipReason.class);
    private final List<String> problems = new ArrayList<>();

    synchronized void skip(String location, Skipped skip) {
      skipped.merge(skip.reason(), 1L, Long::sum);
      // the details say which resource and what was wrong; the reasons are counted apart
      String line = location + ": " + skip.detail();
      if (problems.size() < MAX_PROBLEMS) {
        problems.add(line);
      }
      log.warn("skipped {}", line);
    }

    synchronized void failed(String line) {
      failed.increment();
      if (problems.size() < MAX_PROBLEMS) {
        problems.add(line);
      }
      log.warn("failed {}", line);
    }

    /**
     * A tagger that failed on every note it was given ({@code atLeast} of them or more): nothing of
     * the run can be trusted.
     */
    void failIfTaggerBroken(long atLeast) {
      if (succeeded.sum() == 0 && failed.sum() >= Math.max(1, atLeast)) {
        throw taggerBroken();
      }
    }

    void failIfTaggerBroken() {
      failIfTaggerBroken(1);
    }

    private synchronized EtlException taggerBroken() {
      return new EtlException(
          "the tagger failed on every note ("
              + failed.sum()
              + "): "
              + (problems.isEmpty() ? "" : problems.get(problems.size() - 1))
              + "; check the model (--model) or run with --tagger dictionary",
          null);
    }

    synchronized Map<SkipReason, Long> skippedCounts() {
      return Collections.unmodifiableMap(new EnumMap<>(skipped));
    }

    synchronized List<String> problems() {
      return List.copyOf(problems);
    }
  }
}
