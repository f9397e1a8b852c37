package dev.notes2omop.spark;

import dev.notes2omop.core.pipeline.SkipReason;
import dev.notes2omop.omop.db.DataSources;
import dev.notes2omop.omop.schema.SchemaMigrator;
import dev.notes2omop.omop.schema.SchemaNames;
import dev.notes2omop.vocab.review.ReviewSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code notes2omop-spark.jar}: the bulk ETL on Apache Spark. Run by {@code spark-submit --class
 * dev.notes2omop.spark.SparkEtlMain} on a cluster, or by the CLI's {@code spark-etl} in a child JVM
 * with {@code --master local[N]}.
 */
@Command(
    name = "spark-etl",
    mixinStandardHelpOptions = true,
    description = {
      "Reads FHIR R4 Patient and DocumentReference resources (NDJSON, .ndjson.gz, Bundle JSON, or"
          + " directories of them) from any Hadoop file system path and writes OMOP rows, on"
          + " Apache Spark: Patients first, then the notes, partitioned.",
      "Bad input is reported as FILE:LINE: reason and skipped; the exit code is non-zero only for"
          + " fatal errors."
    })
public final class SparkEtlMain implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--input",
      required = true,
      arity = "1..*",
      description = "Files or directories (file:, hdfs:, s3a: ... paths).")
  List<String> inputs;

  @Option(
      names = "--master",
      description = "Spark master, e.g. local[2] (default: the one spark-submit gives).")
  String master;

  @Option(names = "--db-url", required = true, description = "JDBC URL of the CDM database.")
  String dbUrl;

  @Option(names = "--db-user", description = "Database user.")
  String dbUser;

  @Option(
      names = "--db-password",
      description = "Database password (default: env NOTES2OMOP_DB_PASSWORD).")
  String dbPassword;

  @Option(names = "--cdm-schema", defaultValue = "cdm", description = "Default: ${DEFAULT-VALUE}.")
  String cdmSchema;

  @Option(
      names = "--own-schema",
      defaultValue = "notes2omop",
      description = "Default: ${DEFAULT-VALUE}.")
  String ownSchema;

  @Option(
      names = "--model",
      description =
          "A model package directory present on every executor (default: the shipped"
              + " model, inside this jar).")
  String model;

  @Option(
      names = "--index-dir",
      description =
          "Where each executor keeps the concept index, built from the database when"
              + " missing or stale (default: notes2omop-concept-index in the temporary directory).")
  String indexDir;

  @Option(
      names = "--partitions",
      defaultValue = "0",
      description = "Partitions of notes (default: twice Spark's default parallelism).")
  int partitions;

  @Option(
      names = "--source-vocabulary",
      defaultValue = ReviewSettings.DEFAULT_SOURCE_VOCABULARY,
      description = "SOURCE_TO_CONCEPT_MAP.source_vocabulary_id of the stewards' decisions.")
  String sourceVocabulary;

  @Option(
      names = "--software-version",
      description = "The notes2omop version written in nlp_system (default: this jar's).")
  String softwareVersion;

  @Option(
      names = "--batch",
      defaultValue = "64",
      description = "Notes per transaction in a partition (default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--max-problems", defaultValue = "50", description = "Problem lines printed.")
  int maxProblems;

  @Option(names = "--fail-after-notes", hidden = true, defaultValue = "0")
  int failAfterNotes;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line; the exit code. */
  public static int run(String... args) {
    return new CommandLine(new SparkEtlMain()).execute(args);
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    String password = dbPassword != null ? dbPassword : System.getenv("NOTES2OMOP_DB_PASSWORD");
    SchemaNames schemas = new SchemaNames(cdmSchema, ownSchema);
    try (var dataSource = DataSources.fromUrl(dbUrl, dbUser, password)) {
      SchemaMigrator.migrate(dataSource, schemas);
    }
    SparkEtlSettings settings =
        new SparkEtlSettings(
            dbUrl,
            dbUser,
            password,
            cdmSchema,
            ownSchema,
            model,
            indexDir != null
                ? indexDir
                : Path.of(System.getProperty("java.io.tmpdir"), "notes2omop-concept-index")
                    .toString(),
            softwareVersion != null ? softwareVersion : SoftwareVersion.get(),
            sourceVocabulary,
            batch,
            failAfterNotes);
    SparkSession.Builder builder = SparkSession.builder().appName("notes2omop spark-etl");
    if (master != null) {
      builder.master(master);
      if (master.startsWith("local")) {
        builder
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.ui.enabled", "false")
            .config("spark.log.level", "WARN");
      }
    }
    out.println("Database: " + DataSources.redact(dbUrl));
    try (SparkSession spark = builder.getOrCreate()) {
      SparkEtlJob.Result result = new SparkEtlJob(spark, settings).run(inputs, partitions);
      print(out, result);
    }
    out.flush();
    return 0;
  }

  private void print(PrintWriter out, SparkEtlJob.Result result) {
    var notes = result.notes();
    var persons = result.persons();
    out.printf(
        "Read %,d resources from %d file(s) in %.1f s%n",
        persons.resources(), result.files(), result.elapsed().toMillis() / 1000.0);
    row(out, "persons written", persons.persons());
    row(out, "notes written", notes.written());
    row(out, "notes unchanged", notes.unchanged());
    row(out, "notes removed", notes.removed());
    row(out, "mentions written", notes.mentions());
    row(out, "parked notes resolved", result.parkedResolved());
    row(out, "parked notes waiting", result.parkedRemaining());
    long skipped = persons.skippedTotal() + notes.skippedTotal();
    row(out, "skipped", skipped);
    for (SkipReason reason : SkipReason.values()) {
      long n =
          persons.skipped().getOrDefault(reason, 0L) + notes.skipped().getOrDefault(reason, 0L);
      if (n > 0) {
        out.printf("    %-28s %,10d%n", reason.description(), n);
      }
    }
    double seconds = result.elapsed().toNanos() / 1e9;
    out.printf("  %-30s %,10.1f%n", "notes/s", seconds == 0 ? 0 : notes.written() / seconds);
    List<String> problems =
        java.util.stream.Stream.concat(persons.problems().stream(), notes.problems().stream())
            .toList();
    if (!problems.isEmpty()) {
      out.println("Problems:");
      problems.stream().limit(maxProblems).forEach(p -> out.println("  " + p));
      if (problems.size() > maxProblems) {
        out.printf("  ... and %,d more%n", skipped - maxProblems);
      }
    }
  }

  private static void row(PrintWriter out, String name, long value) {
    out.printf("  %-30s %,10d%n", name, value);
  }
}
