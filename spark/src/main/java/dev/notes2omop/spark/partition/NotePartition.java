package dev.notes2omop.spark.partition;

import dev.notes2omop.core.note.ClinicalNote;
import dev.notes2omop.core.pipeline.NoteOutcome;
import dev.notes2omop.core.pipeline.Skipped;
import dev.notes2omop.fhir.FhirItem;
import dev.notes2omop.fhir.bulk.LocatedItem;
import dev.notes2omop.fhir.bulk.RawLine;
import dev.notes2omop.spark.SparkEtlSettings;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;

/**
 * The notes pass over a partition of lines: its notes go through the executor's {@code
 * NoteProcessor} in batches ({@code processAll}: screened, tagged and mapped on this task's thread,
 * written with COPY in one transaction per batch), removals remove their rows. Exactly once in
 * effect: a batch commits whole or not at all, and a retried or speculative attempt finds the notes
 * already written in the same version up to date and writes nothing twice.
 */
public final class NotePartition implements MapPartitionsFunction<RawLine, PartitionReport> {

  private static final long serialVersionUID = 1L;

  private final SparkEtlSettings settings;

  public NotePartition(SparkEtlSettings settings) {
    this.settings = settings;
  }

  @Override
  public Iterator<PartitionReport> call(Iterator<RawLine> lines) {
    ExecutorPipeline pipeline = ExecutorPipeline.get(settings);
    PartitionReport report = new PartitionReport();
    int batchSize = settings.batchSize();
    List<ClinicalNote> batch = new ArrayList<>(batchSize);
    FailureInjection failure = FailureInjection.of(settings);
    while (lines.hasNext()) {
      for (LocatedItem located : pipeline.lines().parse(lines.next())) {
        FhirItem item = located.item();
        if (item instanceof FhirItem.NoteItem note) {
          batch.add(note.note());
          if (batch.size() >= batchSize) {
            process(pipeline, batch, report, failure);
          }
        } else if (item instanceof FhirItem.RemovalItem removal) {
          process(pipeline, batch, report, failure);
          pipeline.sink().remove(removal.resourceId());
          report.removal();
          report.skip(
              located.location(),
              new Skipped(
                  removal.reason(),
                  removal.resourceId(),
                  removal.resourceId()
                      + ": "
                      + removal.reason().description()
                      + ", its rows were removed"));
        }
      }
    }
    process(pipeline, batch, report, failure);
    return List.of(report).iterator();
  }

  private static void process(
      ExecutorPipeline pipeline,
      List<ClinicalNote> batch,
      PartitionReport report,
      FailureInjection failure) {
    if (batch.isEmpty()) {
      return;
    }
    for (NoteOutcome outcome : pipeline.processor().processAll(batch)) {
      report.count(outcome);
    }
    failure.afterWriting(batch.size());
    batch.clear();
  }

  /** The testing hook of {@link SparkEtlSettings#failAfterNotes}. */
  private static final class FailureInjection {
    private final int failAfter;
    private int written;

    private FailureInjection(int failAfter) {
      this.failAfter = failAfter;
    }

    static FailureInjection of(SparkEtlSettings settings) {
      TaskContext task = TaskContext.get();
      boolean armed =
          settings.failAfterNotes() > 0
              && task != null
              && task.partitionId() == 0
              && task.attemptNumber() == 0;
      return new FailureInjection(armed ? settings.failAfterNotes() : 0);
    }

    void afterWriting(int notes) {
      written += notes;
      if (failAfter > 0 && written >= failAfter) {
        throw new IllegalStateException(
            "failing this task on purpose after " + written + " notes (fail-after-notes)");
      }
    }
  }
}
