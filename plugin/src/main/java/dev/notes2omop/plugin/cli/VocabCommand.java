package dev.notes2omop.plugin.cli;

import dev.notes2omop.plugin.runtime.Database;
import dev.notes2omop.vocab.load.AthenaLoader;
import dev.notes2omop.vocab.load.LoadReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code notes2omop vocab}: vocabulary commands. */
@Command(
    name = "vocab",
    mixinStandardHelpOptions = true,
    description = "OHDSI vocabulary commands.",
    subcommands = {VocabCommand.Load.class, VocabLexiconCommand.class})
final class VocabCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "give a subcommand, e.g. load");
  }

  /** {@code notes2omop vocab load --athena DIR}. */
  @Command(
      name = "load",
      mixinStandardHelpOptions = true,
      description =
          "Loads Athena vocabulary files (tab-separated as Athena ships them, or comma-separated)"
              + " into the CDM vocabulary tables, replacing what was there.")
  static final class Load implements Callable<Integer> {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--athena",
        required = true,
        description =
            "The directory of an unzipped Athena download (CONCEPT.csv, ...). Repeat it to load"
                + " several directories as one vocabulary (first row wins on duplicate keys).")
    List<Path> athena;

    @Mixin DatabaseOptions database;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      try (Database db = Database.open(database.settings())) {
        out.println("Database: " + db.description());
        LoadReport report =
            new AthenaLoader(db.dataSource(), db.schemas().cdm())
                .loadAll(athena, VocabPrinter.progress());
        VocabPrinter.endProgress();
        VocabPrinter.print(out, report);
        out.flush();
      }
      return 0;
    }
  }
}
