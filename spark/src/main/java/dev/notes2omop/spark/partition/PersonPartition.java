package dev.notes2omop.spark.partition;

import dev.notes2omop.core.note.PersonRecord;
import dev.notes2omop.fhir.FhirItem;
import dev.notes2omop.fhir.bulk.LocatedItem;
import dev.notes2omop.fhir.bulk.RawLine;
import dev.notes2omop.spark.SparkEtlSettings;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;

/**
 * The first pass over a partition of lines: writes its Patients (upserts, in batches: a retried
 * task writes the same rows again) and reports every resource read and every bad line, so that the
 * notes pass finds every person of the input and reports nothing twice.
 */
public final class PersonPartition implements MapPartitionsFunction<RawLine, PartitionReport> {

  private static final long serialVersionUID = 1L;
  private static final int BATCH = 500;

  private final SparkEtlSettings settings;

  public PersonPartition(SparkEtlSettings settings) {
    this.settings = settings;
  }

  @Override
  public Iterator<PartitionReport> call(Iterator<RawLine> lines) {
    ExecutorPipeline pipeline = ExecutorPipeline.get(settings);
    PartitionReport report = new PartitionReport();
    List<PersonRecord> batch = new ArrayList<>(BATCH);
    while (lines.hasNext()) {
      report.resource();
      for (LocatedItem located : pipeline.lines().parse(lines.next())) {
        if (located.item() instanceof FhirItem.PersonItem person) {
          batch.add(person.person());
          if (batch.size() >= BATCH) {
            report.persons(pipeline.persons().upsertAll(batch).size());
            batch.clear();
          }
        } else if (located.item() instanceof FhirItem.SkippedItem skipped) {
          report.skip(located.location(), skipped.skipped());
        }
      }
    }
    report.persons(pipeline.persons().upsertAll(batch).size());
    return List.of(report).iterator();
  }
}
