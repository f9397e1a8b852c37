package dev.notes2omop.plugin.etl;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where an ETL run's time went, stage by stage, summed over the threads of each stage: reading and
 * parsing, writing persons, screening notes (up to date, parked), tagging, mapping, writing notes
 * (COPY and commit), and the reading thread's waits on a full queue (back-pressure). Thread-safe.
 */
public final class StageTimes {

  /** The stages, in pipeline order. */
  public enum Stage {
    READ("read and parse"),
    PERSONS("write persons"),
    SCREEN("screen notes"),
    TAG("tag"),
    MAP("map"),
    WRITE("write notes (COPY, commit)"),
    BACK_PRESSURE("reader waiting on a full queue");

    private final String description;

    Stage(String description) {
      this.description = description;
    }

    /** How reports name it. */
    public String description() {
      return description;
    }
  }

  private final Map<Stage, LongAdder> nanos = new LinkedHashMap<>();

  public StageTimes() {
    for (Stage stage : Stage.values()) {
      nanos.put(stage, new LongAdder());
    }
  }

  /** Adds the time since {@code startNanos} (a {@link System#nanoTime()}) to {@code stage}. */
  public void add(Stage stage, long startNanos) {
    nanos.get(stage).add(System.nanoTime() - startNanos);
  }

  /** The time of each stage, summed over its threads. */
  public Map<Stage, Duration> snapshot() {
    Map<Stage, Duration> out = new LinkedHashMap<>();
    nanos.forEach((stage, sum) -> out.put(stage, Duration.ofNanos(sum.sum())));
    return out;
  }
}
