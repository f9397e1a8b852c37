/** The input of a Spark run: bulk files on any Hadoop file system, listed and read line by line. */
package dev.notes2omop.spark.input;
