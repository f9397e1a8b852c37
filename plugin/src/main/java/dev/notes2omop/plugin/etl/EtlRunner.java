package dev.notes2omop.plugin.etl;

import dev.notes2omop.core.note.ClinicalNote;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a bulk ETL over files of FHIR resources, in any order: Patients are written as they come,
 * notes are processed by worker threads, and notes parked for a missing person are retried at the
 * end, when every Patient of the input has been written.
 */
public final class EtlRunner {

  private static final Logger log = LoggerFactory.getLogger(EtlRunner.class);
  private static final int MAX_PROBLEMS = 1_000;
  private static final int RETRY_BATCH = 1_000;
  private static final int FAILURES_BEFORE_GIVING_UP = 50;

  private final Pipeline pipeline;
  private final int threads;

  /**
   * @param pipeline the stages
   * @param threads worker threads for notes (at least 1)
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
    Workers workers = new Workers(threads, run);
    BulkFileReader reader = new BulkFileReader(pipeline.reader());
    try {
      int index = 0;
      for (Path file : files) {
        index++;
        int fileIndex = index;
        String name = file.toString();
        reader.read(
            file,
            located -> {
              run.failIfBroken();
              run.resources.incrementAndGet();
              handle(located, run, workers);
              progress.update(
                  name, fileIndex, files.size(), run.resources.get(), run.notesDone.sum());
            });
      }
      workers.awaitIdle();
      retryParked(run, workers);
      run.failIfTaggerBroken();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + e.getMessage(), e);
    } finally {
      workers.shutdown();
    }
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
        Duration.ofNanos(System.nanoTime() - started));
  }

  private void handle(LocatedItem located, Run run, Workers workers) {
    FhirItem item = located.item();
    if (item instanceof FhirItem.PersonItem person) {
      pipeline.persons().upsert(person.person());
      run.persons.increment();
    } else if (item instanceof FhirItem.NoteItem note) {
      String location = located.location();
      workers.submit(note.note(), outcome -> count(run, location, outcome));
    } else if (item instanceof FhirItem.RemovalItem removal) {
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
   * Writes the parked notes whose person has arrived, in batches, on the workers. A note that stays
   * parked is not tried twice in one run.
   */
  private void retryParked(Run run, Workers workers) {
    ParkedRetry.run(
        pipeline.parked(),
        RETRY_BATCH,
        batch -> {
          for (ClinicalNote note : batch) {
            workers.submit(
                note,
                outcome -> {
                  if (outcome instanceof NoteOutcome.Processed
                      || outcome instanceof NoteOutcome.Unchanged) {
                    run.parkedResolved.increment();
                  }
                  count(run, "parked", outcome);
                });
          }
          workers.awaitIdle();
        });
  }

  private static void count(Run run, String location, NoteOutcome outcome) {
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

  /** Worker threads for notes, with a bounded number of notes in flight. */
  private final class Workers {
    private final ExecutorService executor;
    private final Semaphore inFlight;
    private final int permits;
    private final Run run;

    Workers(int threads, Run run) {
      this.executor = Executors.newFixedThreadPool(threads);
      this.permits = threads * 4;
      this.inFlight = new Semaphore(permits);
      this.run = run;
    }

    /** Processes {@code note} on a worker; blocks while too many notes are in flight. */
    void submit(ClinicalNote note, Consumer<NoteOutcome> onOutcome) {
      inFlight.acquireUninterruptibly();
      executor.execute(
          () -> {
            try {
              onOutcome.accept(pipeline.processor().process(note));
            } catch (RuntimeException e) {
              run.fail(
                  new EtlException(
                      "processing " + note.sourceValue() + " failed: " + e.getMessage(), e));
            } finally {
              run.notesDone.increment();
              inFlight.release();
            }
          });
    }

    /** Waits until every submitted note is done; throws the first failure. */
    void awaitIdle() {
      inFlight.acquireUninterruptibly(permits);
      inFlight.release(permits);
      run.failIfBroken();
    }

    void shutdown() {
      executor.shutdown();
      try {
        executor.awaitTermination(1, TimeUnit.HOURS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
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
    private final Map<SkipReason, Long> skipped = new EnumMap<>(SkipReason.class);
    private final List<String> problems = new ArrayList<>();
    private final AtomicReference<EtlException> failure = new AtomicReference<>();

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
      if (succeeded.sum() == 0 && failed.sum() >= FAILURES_BEFORE_GIVING_UP) {
        fail(taggerBroken());
      }
    }

    /** A tagger that failed on every note it was given: nothing of the run can be trusted. */
    void failIfTaggerBroken() {
      failIfBroken();
      if (failed.sum() > 0 && succeeded.sum() == 0) {
        throw taggerBroken();
      }
    }

    synchronized EtlException taggerBroken() {
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

    void fail(EtlException e) {
      failure.compareAndSet(null, e);
    }

    void failIfBroken() {
      EtlException e = failure.get();
      if (e != null) {
        throw e;
      }
    }
  }
}
