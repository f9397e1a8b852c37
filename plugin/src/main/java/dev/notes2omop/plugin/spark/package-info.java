/**
 * Runs the Spark job of {@code notes2omop-spark.jar} from the CLI in a child JVM, Spark's jars
 * beside it: Spark stays off the CLI's classpath.
 */
package dev.notes2omop.plugin.spark;
