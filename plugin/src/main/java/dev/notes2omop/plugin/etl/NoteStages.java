package dev.notes2omop.plugin.etl;

import dev.notes2omop.core.nlp.TaggingException;
import dev.notes2omop.core.note.ClinicalNote;
import dev.notes2omop.core.pipeline.AnnotatedNote;
import dev.notes2omop.core.pipeline.NoteOutcome;
import dev.notes2omop.core.pipeline.NoteProcessor;
import dev.notes2omop.core.pipeline.Screened;
import dev.notes2omop.plugin.etl.StageTimes.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The note stages of a bulk run, overlapping: the caller screens notes in batches ({@link
 * NoteProcessor#screen}: up to date and parked notes never reach the tagger), {@code threads}
 * taggers tag and map the ready notes, and one writer writes them in batches of up to {@code
 * writeBatch} notes per transaction ({@link NoteProcessor#write}, COPY). Bounded queues between the
 * stages give back-pressure: the reader blocks when the taggers are behind, and the taggers when
 * the writer is, so memory stays flat whatever the input's size.
 */
final class NoteStages implements AutoCloseable {

  /** Notes screened in one round trip. */
  static final int SCREEN_BATCH = 64;

  /** Notes written in one transaction at most. */
  static final int WRITE_BATCH = 200;

  /** How long the writer waits for more notes to fill a batch. */
  private static final long FILL_MILLIS = 20;

  private record Work(ClinicalNote note, Consumer<NoteOutcome> onOutcome) {}

  private record Annotated(AnnotatedNote note, Consumer<NoteOutcome> onOutcome) {}

  private final NoteProcessor processor;
  private final Runnable beforeScreen;
  private final StageTimes times;
  private final BlockingQueue<Work> toTag;
  private final BlockingQueue<Annotated> toWrite;
  private final ExecutorService threads;
  private final List<Work> screening = new ArrayList<>(SCREEN_BATCH);
  private final AtomicInteger inFlight = new AtomicInteger();
  private final Object idle = new Object();
  private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

  /**
   * @param taggers tagging threads (one model predictor each)
   * @param beforeScreen run before each batch is screened (the reader writes the persons it holds)
   */
  NoteStages(NoteProcessor processor, int taggers, Runnable beforeScreen, StageTimes times) {
    this.processor = processor;
    this.beforeScreen = beforeScreen;
    this.times = times;
    this.toTag = new ArrayBlockingQueue<>(taggers * 8);
    this.toWrite = new ArrayBlockingQueue<>(WRITE_BATCH * 2);
    this.threads = Executors.newFixedThreadPool(taggers + 1);
    for (int i = 0; i < taggers; i++) {
      threads.execute(this::tagLoop);
    }
    threads.execute(this::writeLoop);
  }

  /**
   * Takes {@code note} in; {@code onOutcome} is called once with its outcome, on whichever thread
   * finishes it. Called from one thread (the reader).
   */
  void submit(ClinicalNote note, Consumer<NoteOutcome> onOutcome) {
    failIfBroken();
    screening.add(new Work(note, onOutcome));
    if (screening.size() >= SCREEN_BATCH) {
      flush();
    }
  }

  /** Screens the notes taken in so far and passes the ready ones on. */
  void flush() {
    if (screening.isEmpty()) {
      return;
    }
    List<Work> batch = List.copyOf(screening);
    screening.clear();
    beforeScreen.run();
    long start = System.nanoTime();
    List<Screened> screened = processor.screen(batch.stream().map(Work::note).toList());
    times.add(Stage.SCREEN, start);
    for (int i = 0; i < batch.size(); i++) {
      Work work = batch.get(i);
      if (screened.get(i) instanceof Screened.Done done) {
        work.onOutcome().accept(done.outcome());
      } else {
        inFlight.incrementAndGet();
        put(toTag, work);
      }
    }
  }

  /** Flushes, then waits until every note taken in is finished; throws the first failure. */
  void awaitIdle() {
    flush();
    synchronized (idle) {
      while (inFlight.get() > 0 && failure.get() == null) {
        try {
          idle.wait(100);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new EtlException("interrupted while waiting for the notes in flight", e);
        }
      }
    }
    failIfBroken();
  }

  void failIfBroken() {
    RuntimeException e = failure.get();
    if (e != null) {
      throw e;
    }
  }

  private void tagLoop() {
    try {
      while (true) {
        Work work = toTag.take();
        ClinicalNote note = work.note();
        AnnotatedNote annotated;
        try {
          long start = System.nanoTime();
          var mentions = processor.tag(note);
          times.add(Stage.TAG, start);
          start = System.nanoTime();
          annotated = processor.map(note, mentions);
          times.add(Stage.MAP, start);
        } catch (TaggingException e) {
          // this note only: nothing of it is written, the next run tries it again
          work.onOutcome().accept(new NoteOutcome.Failed(note.resourceId(), e.getMessage()));
          finished(1);
          continue;
        } catch (RuntimeException e) {
          fail(
              new EtlException(
                  "processing " + note.sourceValue() + " failed: " + e.getMessage(), e));
          return;
        }
        put(toWrite, new Annotated(annotated, work.onOutcome()));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void writeLoop() {
    List<Annotated> batch = new ArrayList<>(WRITE_BATCH);
    try {
      while (true) {
        batch.add(toWrite.take());
        toWrite.drainTo(batch, WRITE_BATCH - batch.size());
        if (batch.size() < WRITE_BATCH) {
          Annotated more = toWrite.poll(FILL_MILLIS, TimeUnit.MILLISECONDS);
          if (more != null) {
            batch.add(more);
            toWrite.drainTo(batch, WRITE_BATCH - batch.size());
          }
        }
        write(batch);
        batch.clear();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void write(List<Annotated> batch) {
    List<NoteOutcome> outcomes;
    long start = System.nanoTime();
    try {
      outcomes = processor.write(batch.stream().map(Annotated::note).toList());
    } catch (RuntimeException e) {
      fail(new EtlException("writing " + batch.size() + " notes failed: " + e.getMessage(), e));
      return;
    }
    times.add(Stage.WRITE, start);
    for (int i = 0; i < batch.size(); i++) {
      batch.get(i).onOutcome().accept(outcomes.get(i));
    }
    finished(batch.size());
  }

  /** {@code count} notes in flight are done. */
  private void finished(int count) {
    if (inFlight.addAndGet(-count) == 0) {
      synchronized (idle) {
        idle.notifyAll();
      }
    }
  }

  /** Puts {@code item}, waiting while the queue is full, unless the run has failed. */
  private <T> void put(BlockingQueue<T> queue, T item) {
    long start = System.nanoTime();
    try {
      while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
        failIfBroken();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EtlException("interrupted while queueing " + item, e);
    } finally {
      if (queue == toTag) {
        times.add(Stage.BACK_PRESSURE, start);
      }
    }
  }

  private void fail(RuntimeException e) {
    failure.compareAndSet(null, e);
    synchronized (idle) {
      idle.notifyAll();
    }
  }

  @Override
  public void close() {
    threads.shutdownNow();
    try {
      threads.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
