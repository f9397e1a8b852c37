package dev.notes2omop.plugin.cli;

import dev.notes2omop.vocab.load.LoadReport;
import java.io.PrintWriter;
import java.util.Map;

/** Prints vocabulary load reports. */
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
}
