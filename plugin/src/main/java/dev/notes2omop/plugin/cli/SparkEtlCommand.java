package dev.notes2omop.plugin.cli;

import dev.notes2omop.omop.report.TableCounts;
import dev.notes2omop.plugin.runtime.Database;
import dev.notes2omop.plugin.runtime.MappingSettings;
import dev.notes2omop.plugin.spark.SparkLauncher;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code notes2omop spark-etl}: the bulk ETL on Apache Spark, embedded on this machine: the Spark
 * job ({@code notes2omop-spark.jar}, with Spark's own jars beside it in {@code spark-lib/}) runs in
 * a child JVM, so that Spark never shares the CLI's classpath.
 */
@Command(
    name = "spark-etl",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the bulk ETL on Apache Spark on this machine (--master local[N]): the same pipeline"
          + " as etl, Patients first, then the notes in partitions, each written with COPY.",
      "For a cluster, submit notes2omop-spark.jar with spark-submit (README)."
    })
final class SparkEtlCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--input",
      required = true,
      arity = "1..*",
      description = "Files or directories (local, or hdfs:/s3a: paths the Hadoop setup reads).")
  List<String> inputs;

  @Option(
      names = "--master",
      description = "Spark master (default: local[N], N the number of cores).")
  String master;

  @Option(
      names = "--partitions",
      defaultValue = "0",
      description = "Partitions of notes (default: twice the master's parallelism).")
  int partitions;

  @Option(
      names = "--model",
      description = "A model package directory instead of the shipped model.")
  Path model;

  @Option(
      names = "--spark-jar",
      defaultValue = "${env:NOTES2OMOP_SPARK_JAR}",
      description =
          "notes2omop-spark.jar (env NOTES2OMOP_SPARK_JAR; default: next to the CLI's jar, or"
              + " spark/target in a source tree).")
  Path sparkJar;

  @Option(
      names = "--spark-heap",
      defaultValue = "3g",
      description = "The Spark JVM's heap (default: ${DEFAULT-VALUE}).")
  String sparkHeap;

  @Option(
      names = "--max-problems",
      defaultValue = "50",
      description = "How many problem lines to print (default: ${DEFAULT-VALUE}).")
  int maxProblems;

  @Mixin DatabaseOptions database;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path jar = SparkLauncher.locateJar(sparkJar);
    try (Database db = Database.open(database.settings())) {
      out.println("Database: " + db.description());
      out.flush();
      List<String> args = new ArrayList<>();
      args.add("--input");
      args.addAll(inputs);
      args.addAll(
          List.of(
              "--master",
              master != null ? master : "local[" + Runtime.getRuntime().availableProcessors() + "]",
              "--partitions",
              String.valueOf(partitions),
              "--cdm-schema",
              db.schemas().cdm(),
              "--own-schema",
              db.schemas().own(),
              "--index-dir",
              database.dataDir.resolve(MappingSettings.INDEX_DIRECTORY).toAbsolutePath().toString(),
              "--max-problems",
              String.valueOf(maxProblems)));
      if (model != null) {
        args.addAll(List.of("--model", model.toAbsolutePath().toString()));
      }
      String url;
      String user;
      String password;
      if (db.embedded() != null) {
        url = db.embedded().jdbcUrl();
        user = null;
        password = null;
      } else {
        url = database.url;
        user = database.user;
        password = database.password;
      }
      int exit = new SparkLauncher(jar, sparkHeap).run(url, user, password, args, out);
      if (exit != 0) {
        return exit;
      }
      new ReportPrinter(out).tableCounts(TableCounts.count(db.dataSource(), db.schemas()));
      out.flush();
    }
    return 0;
  }
}
