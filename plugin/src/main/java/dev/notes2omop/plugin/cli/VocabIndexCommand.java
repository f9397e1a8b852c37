package dev.notes2omop.plugin.cli;

import dev.notes2omop.plugin.runtime.ConceptMappers;
import dev.notes2omop.plugin.runtime.Database;
import dev.notes2omop.plugin.runtime.MappingSettings;
import dev.notes2omop.vocab.index.BuildProgress;
import dev.notes2omop.vocab.index.ConceptIndex;
import dev.notes2omop.vocab.index.IndexStats;
import dev.notes2omop.vocab.review.StewardOverrides;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code notes2omop vocab index}: builds the concept index now, or says it is up to date. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description =
        "Builds the concept index when it is missing or stale (other commands do so on first use),"
            + " and prints its size and build time.")
final class VocabIndexCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--rebuild", description = "Delete the index and build it again.")
  boolean rebuild;

  @Mixin MappingOptions mapping;

  @Mixin DatabaseOptions database;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    MappingSettings settings = mapping.settings(database.dataDir);
    if (rebuild) {
      deleteTree(settings.indexDirectory());
    }
    try (Database db = Database.open(database.settings())) {
      StewardOverrides overrides =
          ConceptMappers.overrides(db.dataSource(), db.schemas(), settings);
      BuildProgress progress = IndexProgressPrinter.forTerminal();
      try (ConceptIndex index =
          ConceptIndex.open(
              ConceptMappers.indexSource(db.dataSource(), db.schemas(), settings, overrides),
              settings.indexDirectory(),
              progress)) {
        IndexProgressPrinter.finish(progress);
        IndexStats stats = index.stats();
        out.printf(
            Locale.ROOT,
            "Concept index in %s: %,d texts, %,.1f MB, %s%n",
            stats.directory(),
            stats.documents(),
            stats.sizeBytes() / 1e6,
            stats.rebuilt()
                ? String.format(
                    Locale.ROOT,
                    "built in %.1f s from %,d rows",
                    stats.buildMillis() / 1000.0,
                    stats.rowsRead())
                : "up to date");
        if (stats.lexiconUnresolved() > 0) {
          out.printf(
              "Lexicon entries naming no indexed concept: %,d (vocab lexicon check lists them)%n",
              stats.lexiconUnresolved());
        }
      }
    }
    return 0;
  }

  private static void deleteTree(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
