package dev.notes2omop.spark.partition;

import dev.notes2omop.core.pipeline.NoteOutcome;
import dev.notes2omop.core.pipeline.SkipReason;
import dev.notes2omop.core.pipeline.Skipped;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What one partition did, returned by its task and merged on the driver: only the successful
 * attempt of each task is counted, so a retried task is counted once.
 */
public final class PartitionReport implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Problem lines kept per report, as {@code etl} keeps. */
  public static final int MAX_PROBLEMS = 1_000;

  private long resources;
  private long persons;
  private long written;
  private long unchanged;
  private long removed;
  private long parked;
  private long mentions;
  private final EnumMap<SkipReason, Long> skipped = new EnumMap<>(SkipReason.class);
  private final ArrayList<String> problems = new ArrayList<>();

  void resource() {
    resources++;
  }

  void persons(long count) {
    persons += count;
  }

  void removal() {
    removed++;
  }

  /** Counts a note's outcome as {@code etl} does. */
  void count(NoteOutcome outcome) {
    if (outcome instanceof NoteOutcome.Processed processed) {
      written++;
      mentions += processed.mentions();
    } else if (outcome instanceof NoteOutcome.Unchanged) {
      unchanged++;
    } else if (outcome instanceof NoteOutcome.Removed) {
      removed++;
    } else if (outcome instanceof NoteOutcome.Parked) {
      parked++;
    }
  }

  /** A skipped input, reported as {@code FILE:LINE: detail}. */
  void skip(String location, Skipped skip) {
    skipped.merge(skip.reason(), 1L, Long::sum);
    if (problems.size() < MAX_PROBLEMS) {
      problems.add(location + ": " + skip.detail());
    }
  }

  /** Adds {@code other} to this report. */
  public PartitionReport merge(PartitionReport other) {
    resources += other.resources;
    persons += other.persons;
    written += other.written;
    unchanged += other.unchanged;
    removed += other.removed;
    parked += other.parked;
    mentions += other.mentions;
    other.skipped.forEach((reason, n) -> skipped.merge(reason, n, Long::sum));
    for (String p : other.problems) {
      if (problems.size() < MAX_PROBLEMS) {
        problems.add(p);
      }
    }
    return this;
  }

  public long resources() {
    return resources;
  }

  public long persons() {
    return persons;
  }

  public long written() {
    return written;
  }

  public long unchanged() {
    return unchanged;
  }

  public long removed() {
    return removed;
  }

  /** Notes parked by this run (their person is missing). */
  public long parked() {
    return parked;
  }

  public long mentions() {
    return mentions;
  }

  public Map<SkipReason, Long> skipped() {
    return Map.copyOf(skipped);
  }

  public long skippedTotal() {
    return skipped.values().stream().mapToLong(Long::longValue).sum();
  }

  /** {@code FILE:LINE: reason} lines, sorted, at most {@value #MAX_PROBLEMS}. */
  public List<String> problems() {
    return problems.stream().sorted().toList();
  }
}
