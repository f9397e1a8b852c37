package dev.notes2omop.plugin.review;

import dev.notes2omop.omop.review.TermSummary;
import java.sql.Connection;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the term summary in the background: at start, then whenever notes were written or
 * removed since the last rebuild (checked every {@link ReviewSite#summaryInterval()}), but not
 * sooner after the last rebuild than ten times its duration, so that a service receiving notes all
 * the time spends at most a tenth of a core on it (a one-minute rebuild: at most every ten
 * minutes).
 */
final class SummaryRefresher implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(SummaryRefresher.class);

  private final DataSource dataSource;
  private final TermSummary summary;
  private final ScheduledExecutorService timer;
  private long lastEnded;
  private long lastNanos;

  SummaryRefresher(ReviewSite site) {
    this.dataSource = site.dataSource();
    this.summary = new TermSummary(site.schemas());
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "notes2omop-review-summary");
              t.setDaemon(true);
              return t;
            });
    long every = Math.max(1, site.summaryInterval().toMillis());
    timer.scheduleWithFixedDelay(this::refreshIfStale, 0, every, TimeUnit.MILLISECONDS);
  }

  /** Rebuilds the summary if notes changed; returns whether it did. */
  synchronized boolean refreshIfStale() {
    if (lastEnded != 0 && System.nanoTime() - lastEnded < 10 * lastNanos) {
      return false;
    }
    try (Connection c = dataSource.getConnection()) {
      if (!summary.stale(c)) {
        return false;
      }
      long started = System.nanoTime();
      int terms = summary.rebuild(c);
      lastEnded = System.nanoTime();
      lastNanos = lastEnded - started;
      log.info(
          "term summary rebuilt: {} terms in {} ms",
          terms,
          (System.nanoTime() - started) / 1_000_000);
      return true;
    } catch (Exception e) {
      log.warn("cannot rebuild the term summary: {}", e.getMessage());
      return false;
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
