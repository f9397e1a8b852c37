package dev.notes2omop.trainer.synth.llm;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts per reason (rejections, skipped batches), safe for several threads. */
public final class ReasonCounts {

  private final ConcurrentHashMap<String, LongAdder> counts = new ConcurrentHashMap<>();

  /** Counts one more {@code reason}. */
  public void add(String reason) {
    counts.computeIfAbsent(reason, r -> new LongAdder()).increment();
  }

  /** The count of {@code reason}, 0 when never counted. */
  public long get(String reason) {
    LongAdder adder = counts.get(reason);
    return adder == null ? 0 : adder.sum();
  }

  /** The sum over all reasons. */
  public long total() {
    return counts.values().stream().mapToLong(LongAdder::sum).sum();
  }

  /** The counts so far, by reason in alphabetical order. */
  public SortedMap<String, Long> snapshot() {
    SortedMap<String, Long> out = new TreeMap<>();
    counts.forEach((reason, adder) -> out.put(reason, adder.sum()));
    return Collections.unmodifiableSortedMap(out);
  }

  @Override
  public String toString() {
    return snapshot().toString();
  }
}
