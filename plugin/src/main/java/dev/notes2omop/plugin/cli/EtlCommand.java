package dev.notes2omop.plugin.cli;

import dev.notes2omop.fhir.bulk.BulkInput;
import dev.notes2omop.omop.report.TableCounts;
import dev.notes2omop.plugin.etl.EtlProgress;
import dev.notes2omop.plugin.etl.EtlReport;
import dev.notes2omop.plugin.etl.EtlRunner;
import dev.notes2omop.plugin.runtime.Database;
import dev.notes2omop.plugin.runtime.Pipeline;
import dev.notes2omop.plugin.runtime.TaggerSettings;
import dev.notes2omop.vocab.index.BuildProgress;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code notes2omop etl}: bulk NDJSON or Bundle files to OMOP rows. */
@Command(
    name = "etl",
    mixinStandardHelpOptions = true,
    description = {
      "Reads FHIR R4 Patient and DocumentReference resources (NDJSON, .ndjson.gz, Bundle JSON, or"
          + " a directory of them, in any order) and writes OMOP rows.",
      "Bad input is reported as FILE:LINE: reason and skipped; the exit code is non-zero only for"
          + " fatal errors."
    })
final class EtlCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--input",
      required = true,
      description = "An NDJSON or Bundle file, or a directory.")
  Path input;

  @Option(
      names = "--threads",
      description = "Worker threads for notes (default: the number of cores).")
  Integer threads;

  @Mixin MappingOptions mapping;

  @Mixin TaggerOptions tagger;

  @Option(
      names = "--max-problems",
      defaultValue = "50",
      description = "How many problem lines to print (default: ${DEFAULT-VALUE}).")
  int maxProblems;

  @Option(
      names = "--async-commit",
      description =
          "Do not wait for the disk at each note's commit (PostgreSQL synchronous_commit=off):"
              + " much faster on slow disks; a crash of the database server may lose the last"
              + " commits, which running the same etl again writes.")
  boolean asyncCommit;

  @Mixin DatabaseOptions database;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    TaggerSettings taggerSettings = tagger.settings(spec.commandLine());
    List<Path> files = BulkInput.files(input);
    try (Database db = Database.open(database.settings())) {
      out.println("Database: " + db.description());
      BuildProgress indexProgress = IndexProgressPrinter.forTerminal();
      try (Pipeline pipeline =
          Pipeline.build(
              asyncCommit ? db.asyncCommitDataSource() : db.dataSource(),
              db.schemas(),
              mapping.settings(database.dataDir),
              taggerSettings,
              indexProgress)) {
        IndexProgressPrinter.finish(indexProgress);
        out.println("Tagger: " + pipeline.tagger().id());
        run(out, db, pipeline, files);
      }
    }
    return 0;
  }

  private void run(PrintWriter out, Database db, Pipeline pipeline, List<Path> files)
      throws Exception {
    if (pipeline.dictionary().size() == 0) {
      out.println(
          "Warning: the vocabulary in schema "
              + db.schemas().cdm()
              + " is empty, so no mention maps to a concept and no clinical rows are derived."
              + " Load one first: notes2omop vocab load --athena DIR");
    }
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    EtlProgress progress = ProgressBar.forTerminal();
    EtlReport report = new EtlRunner(pipeline, workers).run(files, progress);
    ProgressBar.finish(progress);
    ReportPrinter printer = new ReportPrinter(out);
    printer.etl(report, maxProblems);
    printer.tableCounts(TableCounts.count(db.dataSource(), db.schemas()));
    out.flush();
  }
}
