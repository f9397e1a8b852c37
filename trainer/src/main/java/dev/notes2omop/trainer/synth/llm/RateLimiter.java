package dev.notes2omop.trainer.synth.llm;

import java.util.concurrent.TimeUnit;

/**
 * Spaces request starts evenly so that no more than a given number start per minute. Thread-safe:
 * callers are served in the order they ask.
 */
final class RateLimiter {

  private final long intervalNanos;
  private long nextSlot;

  /** A limiter for {@code requestsPerMinute} requests a minute; 0 for no limit. */
  RateLimiter(int requestsPerMinute) {
    this.intervalNanos =
        requestsPerMinute <= 0 ? 0 : TimeUnit.MINUTES.toNanos(1) / requestsPerMinute;
    this.nextSlot = System.nanoTime();
  }

  /** Waits until a request may start. */
  void acquire() throws InterruptedException {
    if (intervalNanos == 0) {
      return;
    }
    long slot;
    synchronized (this) {
      long now = System.nanoTime();
      slot = Math.max(now, nextSlot);
      nextSlot = slot + intervalNanos;
    }
    long wait = slot - System.nanoTime();
    if (wait > 0) {
      TimeUnit.NANOSECONDS.sleep(wait);
    }
  }
}
