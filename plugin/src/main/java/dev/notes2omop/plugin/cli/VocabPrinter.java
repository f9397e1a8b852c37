package dev.notes2omop.plugin.cli;

import dev.notes2omop.vocab.load.LoadProgress;
import dev.notes2omop.vocab.load.LoadReport;
import java.io.PrintWriter;
import java.util.Map;

/** Prints vocabulary load reports and progress. */
final class VocabPrinter {

  private VocabPrinter() {}

  static void print(PrintWriter out, LoadReport report) {
    out.printf(
        "Loaded %,d rows in %.1f s:%n", report.totalRows(), report.elapsed().toMillis() / 1e3);
    for (Map.Entry<String, Long> e : report.rowsByTable().entrySet()) {
      out.printf("  %-30s %,12d%n", e.getKey(), e.getValue());
    }
    if (report.duplicateCount() > 0) {
      out.printf("Duplicate rows dropped (first wins): %,d%n", report.duplicateCount());
      report.duplicates().stream().limit(10).forEach(d -> out.println("  " + d));
      if (report.duplicateCount() > 10) {
        out.printf("  ... and %,d more%n", report.duplicateCount() - 10);
      }
    }
    if (report.badRowCount() > 0) {
      out.printf("Malformed rows skipped: %,d%n", report.badRowCount());
      report.badRows().forEach(b -> out.println("  " + b));
    }
    report.warnings().forEach(w -> out.println("Warning: " + w));
  }

  static String oneLine(LoadReport report) {
    return String.format(
        "%,d rows (%,d concepts), %,d malformed, %,d duplicates dropped, %.1f s",
        report.totalRows(),
        report.rows("concept"),
        report.badRowCount(),
        report.duplicateCount(),
        report.elapsed().toMillis() / 1e3);
  }

  /** Progress on stderr when a terminal is attached. */
  static LoadProgress progress() {
    if (System.console() == null) {
      return LoadProgress.NONE;
    }
    return new LoadProgress() {
      private long last;

      @Override
      public void onProgress(String table, long rowsSoFar) {
        long now = System.nanoTime();
        if (now - last > 250_000_000L) {
          last = now;
          System.err.printf("\rloading %-24s %,14d rows   ", table, rowsSoFar);
          System.err.flush();
        }
      }
    };
  }

  static void endProgress() {
    if (System.console() != null) {
      System.err.println();
    }
  }
}
