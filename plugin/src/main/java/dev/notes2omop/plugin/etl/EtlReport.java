package dev.notes2omop.plugin.etl;

import dev.notes2omop.core.pipeline.SkipReason;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What an ETL run did.
 *
 * @param files files read
 * @param resources resources read (lines of NDJSON, entries of Bundles)
 * @param persons persons written or updated
 * @param notesWritten notes whose rows were written
 * @param notesUnchanged notes already up to date
 * @param notesRemoved notes whose rows were removed (entered-in-error, DELETE)
 * @param mentions mentions written
 * @param parkedResolved parked notes written once their person arrived
 * @param parkedRemaining notes still waiting for their person after the run
 * @param notesFailed notes the tagger failed on: nothing of them was written, the next run tries
 *     them again (listed in {@code problems})
 * @param skipped skipped inputs per reason
 * @param problems {@code FILE:LINE: reason} lines of the skipped inputs and failed notes (capped)
 * @param elapsed wall time
 * @param stageTimes where the time went, per stage, summed over each stage's threads
 */
public record EtlReport(
    int files,
    long resources,
    long persons,
    long notesWritten,
    long notesUnchanged,
    long notesRemoved,
    long mentions,
    long parkedResolved,
    long parkedRemaining,
    long notesFailed,
    Map<SkipReason, Long> skipped,
    List<String> problems,
    Duration elapsed,
    Map<StageTimes.Stage, Duration> stageTimes) {

  /** Skipped inputs of every reason. */
  public long skippedTotal() {
    return skipped.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Notes written per second of wall time. */
  public double notesPerSecond() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds == 0 ? 0 : notesWritten / seconds;
  }
}
