package dev.notes2omop.plugin.cli;

import com.zaxxer.hikari.HikariDataSource;
import dev.notes2omop.omop.db.DataSources;
import dev.notes2omop.plugin.review.ReviewServer;
import dev.notes2omop.plugin.review.ReviewSite;
import dev.notes2omop.plugin.runtime.ConceptMappers;
import dev.notes2omop.plugin.runtime.Database;
import dev.notes2omop.plugin.runtime.DatabaseSettings;
import dev.notes2omop.plugin.runtime.MappingSettings;
import dev.notes2omop.vocab.index.BuildProgress;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code notes2omop review}: the stewards' review page alone, for sites that run no hook. */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    subcommands = {ReviewExportCommand.class},
    description = {
      "Serves the stewards' review page at /review on the CDM database (the same page serve has):"
          + " terms found in NOTE_NLP, decisions that update SOURCE_TO_CONCEPT_MAP and the rows"
          + " already written, corrections kept as training records. Log in with a user of"
          + " notes2omop users add. Runs until stopped."
    })
final class ReviewCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--port",
      defaultValue = "8081",
      description = "HTTP port (default: ${DEFAULT-VALUE}, 0 = any free).")
  int port;

  @Option(
      names = "--bind",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String bind;

  @Mixin MappingOptions mapping;

  @Mixin DatabaseOptions database;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    DatabaseSettings dbSettings = database.settings();
    MappingSettings mappingSettings = mapping.settings(database.dataDir);
    try (Database db = Database.open(dbSettings);
        HikariDataSource pool =
            DataSources.fromUrl(
                db.embedded() != null ? db.embedded().jdbcUrl() : dbSettings.jdbcUrl(),
                dbSettings.user(),
                dbSettings.password(),
                8)) {
      out.println("Database: " + db.description());
      BuildProgress progress = IndexProgressPrinter.forTerminal();
      try (ConceptMappers mappers =
          ConceptMappers.open(pool, db.schemas(), mappingSettings, null, progress)) {
        IndexProgressPrinter.finish(progress);
        ReviewSite site =
            new ReviewSite(
                pool,
                db.schemas(),
                mappingSettings.sourceVocabularyId(),
                mappers.index(),
                mappers.overrides(),
                Duration.ofSeconds(30));
        try (ReviewServer server = ReviewServer.start(site, bind, port)) {
          out.println("Review page: http://" + bind + ":" + server.port() + "/review");
          out.flush();
          CountDownLatch stopped = new CountDownLatch(1);
          Runtime.getRuntime()
              .addShutdownHook(new Thread(stopped::countDown, "notes2omop-review-stop"));
          stopped.await();
        }
      }
    }
    return 0;
  }
}
