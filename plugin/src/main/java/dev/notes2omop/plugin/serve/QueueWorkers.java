package dev.notes2omop.plugin.serve;

import dev.notes2omop.fhir.client.FhirClientException;
import dev.notes2omop.omop.queue.QueueUnavailableException;
import dev.notes2omop.omop.queue.WorkItem;
import dev.notes2omop.omop.queue.WorkQueue;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Worker threads that drain the queue: each claims an item, processes it and records how it ended.
 * A transient failure (the database or the FHIR server unreachable) puts the item back with a
 * growing delay, without limit; any other failure is retried up to {@code maxAttempts} times, then
 * the item is dead with the reason. A note the tagger fails on (a fault of the process, not of the
 * note) is retried with the same delays and never dead for it. A worker that dies mid-item leaves
 * it to its lease.
 */
final class QueueWorkers implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(QueueWorkers.class);
  private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

  private final WorkQueue queue;
  private final WorkProcessor processor;
  private final ServeSettings settings;
  private final Semaphore wakeUp = new Semaphore(0);
  private final List<Thread> threads = new ArrayList<>();
  private final Counter done;
  private final Counter parked;
  private final Counter dead;
  private final Counter retried;
  private final Counter taggerFailed;
  private final Timer processing;
  private volatile boolean running = true;

  QueueWorkers(
      WorkQueue queue, WorkProcessor processor, ServeSettings settings, MeterRegistry meters) {
    this.queue = queue;
    this.processor = processor;
    this.settings = settings;
    this.done = meters.counter("notes2omop.work.items", "result", "done");
    this.parked = meters.counter("notes2omop.work.items", "result", "parked");
    this.dead = meters.counter("notes2omop.work.items", "result", "dead");
    this.retried = meters.counter("notes2omop.work.items", "result", "retried");
    this.taggerFailed = meters.counter("notes2omop.work.items", "result", "tagger_failed");
    this.processing = meters.timer("notes2omop.work.processing");
  }

  void start() {
    for (int i = 0; i < settings.workers(); i++) {
      Thread thread = new Thread(this::loop, "notes2omop-worker-" + i);
      thread.setDaemon(true);
      threads.add(thread);
      thread.start();
    }
  }

  /** Tells idle workers that new items are waiting. */
  void wake() {
    if (wakeUp.availablePermits() < threads.size()) {
      wakeUp.release(threads.size());
    }
  }

  private void loop() {
    Duration pause = settings.idlePoll();
    while (running) {
      List<WorkItem> items;
      try {
        items = queue.claim(1, settings.lease());
        pause = settings.idlePoll();
      } catch (QueueUnavailableException e) {
        log.warn(
            "the queue is unavailable, retrying in {} ms: {}", pause.toMillis(), e.getMessage());
        sleep(pause);
        pause = min(pause.multipliedBy(2), Duration.ofSeconds(10));
        continue;
      }
      if (items.isEmpty()) {
        sleep(pause);
        continue;
      }
      for (WorkItem item : items) {
        handle(item);
      }
    }
  }

  private void handle(WorkItem item) {
    long started = System.nanoTime();
    try {
      WorkProcessor.Result result = processor.process(item);
      if (result instanceof WorkProcessor.Result.Done) {
        queue.done(item.id());
        done.increment();
      } else if (result instanceof WorkProcessor.Result.Parked p) {
        queue.parked(item.id(), p.reason());
        parked.increment();
      } else if (result instanceof WorkProcessor.Result.TaggerFailed f) {
        taggerFailed.increment();
        Duration delay = backoff(item.attempts());
        queue.retryLater(item.id(), f.reason(), delay);
        log.warn(
            "work item {} ({}): the tagger failed, retry in {} s: {}",
            item.id(),
            item.resourceId(),
            delay.toSeconds(),
            f.reason());
      } else if (result instanceof WorkProcessor.Result.Dead d) {
        queue.dead(item.id(), d.reason());
        dead.increment();
        log.warn(
            "work item {} ({} {}) is dead: {}",
            item.id(),
            item.kind(),
            item.resourceId(),
            d.reason());
      }
    } catch (RuntimeException e) {
      fail(item, e);
    } finally {
      processing.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }
  }

  private void fail(WorkItem item, RuntimeException e) {
    boolean transientFailure = isTransient(e);
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    try {
      if (!transientFailure && item.attempts() >= settings.maxAttempts()) {
        queue.dead(item.id(), "failed " + item.attempts() + " times: " + reason);
        dead.increment();
        log.warn(
            "work item {} ({}) is dead after {} attempts: {}",
            item.id(),
            item.resourceId(),
            item.attempts(),
            reason);
        return;
      }
      Duration delay = backoff(item.attempts());
      queue.retryLater(item.id(), reason, delay);
      retried.increment();
      log.warn(
          "work item {} ({}) failed ({}), retry in {} s: {}",
          item.id(),
          item.resourceId(),
          transientFailure ? "transient" : "attempt " + item.attempts(),
          delay.toSeconds(),
          reason);
    } catch (QueueUnavailableException again) {
      // the database is gone: the item returns to the queue when its lease ends
      log.warn(
          "work item {}: cannot record the failure, its lease will expire: {}",
          item.id(),
          again.getMessage());
      sleep(settings.idlePoll());
    }
  }

  static Duration backoff(int attempts) {
    long seconds = 1L << Math.min(Math.max(attempts - 1, 0), 8);
    return min(Duration.ofSeconds(seconds), MAX_BACKOFF);
  }

  /** The database or a server unreachable: trying again later may help. */
  static boolean isTransient(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof QueueUnavailableException
          || t instanceof SQLTransientException
          || t instanceof ConnectException) {
        return true;
      }
      if (t instanceof FhirClientException client) {
        return client.transientFailure();
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("08") || state.startsWith("57P") || state.startsWith("53")) {
          return true;
        }
      }
    }
    return false;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private void sleep(Duration pause) {
    try {
      wakeUp.tryAcquire(pause.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  @Override
  public void close() {
    running = false;
    wakeUp.release(threads.size() + 1);
    for (Thread thread : threads) {
      try {
        thread.join(30_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
