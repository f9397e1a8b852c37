/**
 * What runs inside Spark tasks: the executor's pipeline (opened once per JVM), and the partition
 * functions that write persons and notes, each returning a small report of what it did.
 */
package dev.notes2omop.spark.partition;
