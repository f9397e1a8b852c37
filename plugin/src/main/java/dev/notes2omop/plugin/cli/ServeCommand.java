package dev.notes2omop.plugin.cli;

import com.zaxxer.hikari.HikariDataSource;
import dev.notes2omop.omop.db.DataSources;
import dev.notes2omop.omop.queue.WorkQueue;
import dev.notes2omop.plugin.review.ReviewSite;
import dev.notes2omop.plugin.runtime.Database;
import dev.notes2omop.plugin.runtime.DatabaseSettings;
import dev.notes2omop.plugin.runtime.Pipeline;
import dev.notes2omop.plugin.runtime.TaggerSettings;
import dev.notes2omop.plugin.serve.FhirService;
import dev.notes2omop.plugin.serve.ServeSettings;
import dev.notes2omop.vocab.index.BuildProgress;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code notes2omop serve}: the FHIR subscription receiver and its queue workers. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Receives FHIR deliveries (subscription rest-hooks, Subscriptions Backport notifications,"
          + " batch Bundles) under /fhir, stores each in the durable work queue before answering,"
          + " and writes OMOP rows from the queue. Health at /actuator/health, metrics at"
          + " /actuator/prometheus, the stewards' review page at /review. Runs until stopped."
    })
final class ServeCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "HTTP port (default: ${DEFAULT-VALUE}, 0 = any free).")
  int port;

  @Option(
      names = "--bind",
      defaultValue = "127.0.0.1",
      description =
          "Address to listen on (default: ${DEFAULT-VALUE}); any other than loopback needs a"
              + " token.")
  String bind;

  @Option(
      names = "--api-token",
      defaultValue = "${env:NOTES2OMOP_API_TOKEN}",
      description =
          "The bearer token every /fhir request must carry (env NOTES2OMOP_API_TOKEN; prefer the"
              + " environment to the command line).")
  String apiToken;

  @Option(
      names = "--workers",
      defaultValue = "2",
      description = "Worker threads processing the queue (default: ${DEFAULT-VALUE}).")
  int workers;

  @Option(
      names = "--lease-seconds",
      defaultValue = "60",
      description =
          "How long a claimed item stays with its worker before another process may take it over"
              + " (default: ${DEFAULT-VALUE}).")
  int leaseSeconds;

  @Option(
      names = "--max-request-mb",
      defaultValue = "10",
      description = "Largest request body, in MB (default: ${DEFAULT-VALUE}).")
  int maxRequestMb;

  @Option(
      names = "--fhir-base-url",
      defaultValue = "${env:NOTES2OMOP_FHIR_BASE_URL}",
      description =
          "The notifying FHIR server's base URL, to fetch what id-only notifications and"
              + " payload-less pings name (env NOTES2OMOP_FHIR_BASE_URL).")
  String fhirBaseUrl;

  @Option(
      names = "--fhir-authorization",
      defaultValue = "${env:NOTES2OMOP_FHIR_AUTHORIZATION}",
      description =
          "The Authorization header sent to that server, e.g. 'Bearer abc' (env"
              + " NOTES2OMOP_FHIR_AUTHORIZATION).")
  String fhirAuthorization;

  @Mixin TaggerOptions tagger;

  @Mixin MappingOptions mapping;

  @Mixin DatabaseOptions database;

  @Override
  public Integer call() throws Exception {
    TaggerSettings taggerSettings = tagger.settings(spec.commandLine());
    PrintWriter out = spec.commandLine().getOut();
    ServeSettings settings =
        new ServeSettings(
            bind,
            port,
            apiToken,
            maxRequestMb * 1024L * 1024L,
            workers,
            Duration.ofSeconds(leaseSeconds),
            Duration.ofMillis(500),
            5,
            fhirBaseUrl,
            fhirAuthorization);
    try {
      FhirService.checkAddressOf(settings);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    DatabaseSettings dbSettings = database.settings();
    try (Database db = Database.open(dbSettings);
        // request threads and workers each hold a connection while they work: a pool for them
        HikariDataSource pool =
            DataSources.fromUrl(
                db.embedded() != null ? db.embedded().jdbcUrl() : dbSettings.jdbcUrl(),
                dbSettings.user(),
                dbSettings.password(),
                workers + 8)) {
      out.println("Database: " + db.description());
      BuildProgress indexProgress = IndexProgressPrinter.forTerminal();
      try (Pipeline pipeline =
          Pipeline.build(
              pool,
              db.schemas(),
              mapping.settings(database.dataDir),
              taggerSettings,
              indexProgress)) {
        IndexProgressPrinter.finish(indexProgress);
        WorkQueue queue = new WorkQueue(pool, db.schemas());
        CountDownLatch stopped = new CountDownLatch(1);
        ReviewSite review =
            new ReviewSite(
                pool,
                db.schemas(),
                mapping.settings(database.dataDir).sourceVocabularyId(),
                pipeline.mappers().index(),
                pipeline.mappers().overrides(),
                Duration.ofSeconds(30));
        try (FhirService service = FhirService.start(pipeline, queue, settings, review)) {
          out.println(
              "Listening on http://"
                  + bind
                  + ":"
                  + service.port()
                  + "/fhir"
                  + (settings.apiToken() == null ? " (no token: loopback only)" : ""));
          out.println(
              "Review page: http://"
                  + bind
                  + ":"
                  + service.port()
                  + "/review (users: notes2omop users add NAME --role steward)");
          out.flush();
          Runtime.getRuntime()
              .addShutdownHook(new Thread(stopped::countDown, "notes2omop-serve-stop"));
          stopped.await();
        }
      }
    }
    return 0;
  }
}
