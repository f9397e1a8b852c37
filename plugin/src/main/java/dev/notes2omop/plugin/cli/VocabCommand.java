package dev.notes2omop.plugin.cli;

import dev.notes2omop.plugin.runtime.Database;
import dev.notes2omop.vocab.load.AthenaLoader;
import dev.notes2omop.vocab.load.LoadProgress;
import dev.notes2omop.vocab.load.LoadReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
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
    subcommands = {
      VocabCommand.Load.class,
      VocabGenerateCommand.class,
      VocabMapCommand.class,
      VocabIndexCommand.class,
      VocabLexiconCommand.class,
      VocabReviewCommand.class
    })
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
        LoadDisplay display =
            new LoadDisplay(spec.commandLine().getErr(), System.console() != null);
        LoadReport report;
        try {
          report = new AthenaLoader(db.dataSource(), db.schemas().cdm()).loadAll(athena, display);
        } finally {
          display.end();
        }
        VocabPrinter.print(out, report);
        out.flush();
      }
      return 0;
    }
  }

  /**
   * Progress of a long load: per file, rows and rows/s while copying, then each phase with the time
   * the previous one took. One rewritten line on a terminal; otherwise a timestamped line every 10
   * seconds and at each file and phase, for logs.
   */
  static final class LoadDisplay implements LoadProgress {

    private static final long TERMINAL_EVERY = 250_000_000L;
    private static final long LOG_EVERY = 10_000_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private String file;
    private long fileStarted;
    private long rowsAtFileStart;
    private String lastTable;
    private long lastRows;
    private long lastPrinted;
    private String phase;
    private long phaseStarted;
    private boolean lineOpen;

    LoadDisplay(PrintWriter err, boolean terminal) {
      this.err = err;
      this.terminal = terminal;
    }

    @Override
    public void onFileStarted(String table, Path path) {
      endPhase();
      file = path.getFileName().toString();
      fileStarted = System.nanoTime();
      // a table's later files continue its row count
      rowsAtFileStart = table.equals(lastTable) ? lastRows : 0;
      lastPrinted = 0;
    }

    @Override
    public void onProgress(String table, long rowsSoFar) {
      long now = System.nanoTime();
      lastTable = table;
      lastRows = rowsSoFar;
      if (now - lastPrinted < (terminal ? TERMINAL_EVERY : LOG_EVERY) && lastPrinted != 0) {
        return;
      }
      lastPrinted = now;
      double seconds = Math.max(1e-3, (now - fileStarted) / 1e9);
      show(
          String.format(
              "copying %s: %,d rows of %s, %,.0f rows/s",
              file == null ? table : file,
              rowsSoFar,
              table,
              (rowsSoFar - rowsAtFileStart) / seconds));
    }

    @Override
    public void onPhase(String next) {
      endPhase();
      phase = next;
      phaseStarted = System.nanoTime();
      show(next + " ...");
    }

    /** Ends the display (the last phase's time is printed). */
    void end() {
      endPhase();
      if (lineOpen) {
        err.println();
        lineOpen = false;
      }
      err.flush();
    }

    private void endPhase() {
      if (phase != null) {
        long took = (System.nanoTime() - phaseStarted) / 1_000_000;
        show(String.format("%s: done in %.1f s", phase, took / 1e3));
        if (terminal) {
          err.println();
          lineOpen = false;
        }
        phase = null;
      }
    }

    private void show(String line) {
      if (terminal) {
        err.print("\r" + line + "        ");
        lineOpen = true;
      } else {
        err.println(LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + " vocab load: " + line);
      }
      err.flush();
    }
  }
}
