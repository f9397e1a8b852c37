package dev.notes2omop.spark;

import dev.notes2omop.core.note.ClinicalNote;
import dev.notes2omop.core.pipeline.NoteOutcome;
import dev.notes2omop.fhir.bulk.RawLine;
import dev.notes2omop.omop.write.ParkedNotes;
import dev.notes2omop.spark.input.FileLines;
import dev.notes2omop.spark.input.InputFiles;
import dev.notes2omop.spark.partition.ExecutorPipeline;
import dev.notes2omop.spark.partition.NotePartition;
import dev.notes2omop.spark.partition.PartitionReport;
import dev.notes2omop.spark.partition.PersonPartition;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bulk ETL on Spark. The input files are read as a Dataset of lines (one task per file, so that
 * line numbers are the file's own); a first pass writes every Patient and reports the bad lines;
 * then the lines are spread over {@code partitions} partitions and each runs the notes through the
 * executor's {@code NoteProcessor}, writing with COPY; last, on the driver, the parked notes whose
 * person now exists are written, as {@code etl} does at the end of a run.
 */
public final class SparkEtlJob {

  private static final Logger log = LoggerFactory.getLogger(SparkEtlJob.class);
  private static final int RETRY_BATCH = 64;

  private final SparkSession spark;
  private final SparkEtlSettings settings;

  public SparkEtlJob(SparkSession spark, SparkEtlSettings settings) {
    this.spark = spark;
    this.settings = settings;
  }

  /** What a run did. */
  public record Result(
      int files,
      PartitionReport persons,
      PartitionReport notes,
      long parkedResolved,
      long parkedRemaining,
      Duration elapsed) {}

  /**
   * Runs the ETL over {@code paths} (files or directories on any Hadoop file system).
   *
   * @param partitions how many partitions the notes are spread over (0: twice the default
   *     parallelism)
   */
  public Result run(List<String> paths, int partitions) {
    long started = System.nanoTime();
    List<String> files = InputFiles.list(paths, spark.sparkContext().hadoopConfiguration());
    log.info("{} input files", files.size());
    Encoder<RawLine> lineEncoder = Encoders.javaSerialization(RawLine.class);
    Encoder<PartitionReport> reportEncoder = Encoders.javaSerialization(PartitionReport.class);
    Dataset<RawLine> lines =
        spark
            .createDataset(files, Encoders.STRING())
            .repartition(Math.max(1, files.size()))
            .flatMap(new FileLines(spark.sparkContext().hadoopConfiguration()), lineEncoder);

    PartitionReport persons =
        merge(lines.mapPartitions(new PersonPartition(settings), reportEncoder).collectAsList());
    log.info("{} persons written", persons.persons());

    int notePartitions =
        partitions > 0 ? partitions : 2 * spark.sparkContext().defaultParallelism();
    PartitionReport notes =
        merge(
            lines
                .repartition(notePartitions, functions.col("value"))
                .mapPartitions(new NotePartition(settings), reportEncoder)
                .collectAsList());

    ExecutorPipeline pipeline = ExecutorPipeline.get(settings);
    long resolved = retryParked(pipeline, notes);
    return new Result(
        files.size(),
        persons,
        notes,
        resolved,
        pipeline.parked().count(),
        Duration.ofNanos(System.nanoTime() - started));
  }

  /** Writes the parked notes whose person exists now, each tried once. */
  private static long retryParked(ExecutorPipeline pipeline, PartitionReport notes) {
    ParkedNotes parked = pipeline.parked();
    Set<String> tried = new HashSet<>();
    long resolved = 0;
    while (true) {
      List<ClinicalNote> batch =
          parked.resolvable(RETRY_BATCH).stream()
              .filter(note -> tried.add(note.resourceId()))
              .toList();
      if (batch.isEmpty()) {
        return resolved;
      }
      for (NoteOutcome outcome : pipeline.processor().processAll(batch)) {
        if (outcome instanceof NoteOutcome.Processed || outcome instanceof NoteOutcome.Unchanged) {
          resolved++;
        }
      }
    }
  }

  private static PartitionReport merge(List<PartitionReport> reports) {
    PartitionReport all = new PartitionReport();
    reports.forEach(all::merge);
    return all;
  }
}
