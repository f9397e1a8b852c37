/**
 * The bulk pipeline on Apache Spark: {@link dev.notes2omop.spark.SparkEtlMain} (the command line of
 * {@code notes2omop-spark.jar}), {@link dev.notes2omop.spark.SparkEtlJob} (Patients first, then the
 * notes, partitioned, then the parked notes) and its settings and report.
 */
package dev.notes2omop.spark;
