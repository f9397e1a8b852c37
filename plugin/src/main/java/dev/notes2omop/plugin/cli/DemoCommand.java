package dev.notes2omop.plugin.cli;

import dev.notes2omop.fhir.bulk.BulkInput;
import dev.notes2omop.omop.report.TableCounts;
import dev.notes2omop.plugin.etl.EtlReport;
import dev.notes2omop.plugin.etl.EtlRunner;
import dev.notes2omop.plugin.report.NlpSummary;
import dev.notes2omop.plugin.runtime.BundledResources;
import dev.notes2omop.plugin.runtime.Database;
import dev.notes2omop.plugin.runtime.MappingSettings;
import dev.notes2omop.plugin.runtime.Pipeline;
import dev.notes2omop.vocab.LexiconReport;
import dev.notes2omop.vocab.index.BuildProgress;
import dev.notes2omop.vocab.index.IndexStats;
import dev.notes2omop.vocab.load.AthenaLoader;
import dev.notes2omop.vocab.load.LoadProgress;
import dev.notes2omop.vocab.load.LoadReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code notes2omop demo}: the whole path with no configuration: embedded PostgreSQL, the sample
 * vocabulary, the bundled lexicon and the bundled sample notes.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the whole pipeline with no configuration: starts an embedded PostgreSQL, creates the"
          + " OMOP CDM v5.4 schema, loads the sample vocabulary and the Spanish lexicon, processes"
          + " the bundled sample notes and prints what was written."
    })
final class DemoCommand implements Callable<Integer> {

  static final List<String> SAMPLE_VOCABULARIES = List.of("gibleed", "synthea27nj");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--keep-running",
      description = "Keep the embedded database running after the demo, until Ctrl-C.")
  boolean keepRunning;

  @Option(
      names = "--review",
      description =
          "After the demo, keep the stewards' review page up on the demo data (port"
              + " --review-port), with a user 'steward' whose password is printed, until Ctrl-C.")
  boolean review;

  @Option(
      names = "--review-port",
      defaultValue = "8081",
      description = "Port of the review page with --review (default: ${DEFAULT-VALUE}).")
  int reviewPort;

  @Mixin DatabaseOptions database;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path dataDir = database.dataDir.toAbsolutePath();
    out.println("notes2omop demo: data in " + dataDir);
    try (Database db = Database.open(database.settings())) {
      out.println("Database: " + db.description() + " (schemas migrated)");
      out.flush();

      Path vocabDir = BundledResources.extract("sample-vocab", dataDir.resolve("sample-vocab"));
      AthenaLoader loader = new AthenaLoader(db.dataSource(), db.schemas().cdm());
      LoadReport vocab =
          loader.loadAll(
              SAMPLE_VOCABULARIES.stream().map(vocabDir::resolve).toList(), LoadProgress.NONE);
      out.printf("Sample vocabulary loaded: %s%n", VocabPrinter.oneLine(vocab));

      BuildProgress indexProgress = IndexProgressPrinter.forTerminal();
      try (Pipeline pipeline =
          Pipeline.build(db, MappingSettings.defaults(dataDir), indexProgress)) {
        IndexProgressPrinter.finish(indexProgress);
        out.println("Tagger: " + pipeline.tagger().id());
        process(out, db, pipeline, dataDir);
        if (review) {
          DemoReview.serve(out, db, pipeline, reviewPort);
        }
      }
      printConnectionHelp(out, db);
      out.flush();
      if (keepRunning && db.embedded() != null) {
        out.println("The database is running; press Ctrl-C to stop it.");
        out.flush();
        new CountDownLatch(1).await();
      }
    }
    return 0;
  }

  private static void process(PrintWriter out, Database db, Pipeline pipeline, Path dataDir)
      throws Exception {
    LexiconReport lexicon = pipeline.dictionary().lexiconReport();
    out.printf(
        "Dictionary: %,d terms; Spanish lexicon: %,d of %,d entries resolved in this vocabulary%n",
        pipeline.dictionary().taggerTerms().size(), lexicon.resolved().size(), lexicon.total());
    IndexStats index = pipeline.mappers().index().index().stats();
    out.printf(
        "Concept index: %,d texts, %,d kB, %s%n",
        index.documents(),
        index.sizeBytes() / 1024,
        index.rebuilt() ? "built in " + index.buildMillis() + " ms" : "reused");

    Path notesDir = BundledResources.extract("demo/notes", dataDir.resolve("demo-notes"));
    out.println("Processing the sample notes in " + notesDir);
    out.flush();
    EtlReport report =
        new EtlRunner(pipeline, Runtime.getRuntime().availableProcessors())
            .run(BulkInput.files(notesDir), ProgressBar.forTerminal());
    ReportPrinter printer = new ReportPrinter(out);
    printer.etl(report, Integer.MAX_VALUE);
    printer.tableCounts(TableCounts.count(db.dataSource(), db.schemas()));
    printer.nlp(NlpSummary.read(db.dataSource(), db.schemas(), 15));
  }

  private void printConnectionHelp(PrintWriter out, Database db) {
    String cdm = db.schemas().cdm();
    out.println();
    out.println("Look at the rows with psql:");
    if (db.embedded() != null) {
      if (!keepRunning) {
        out.println(
            "  (the embedded database stops when the demo ends: run ./notes2omop demo"
                + " --keep-running and use another terminal)");
      }
      out.printf("  psql -h localhost -p %d -U postgres -d postgres%n", db.embedded().port());
    } else {
      out.println("  psql with the JDBC URL you gave: " + db.description());
    }
    out.printf(
        "  SELECT lexical_variant, note_nlp_concept_id, term_exists, term_modifiers FROM %s.note_nlp"
            + " LIMIT 20;%n",
        cdm);
    out.printf(
        "  SELECT m.measurement_source_value, m.value_as_number, m.unit_source_value FROM"
            + " %s.measurement m;%n",
        cdm);
  }
}
