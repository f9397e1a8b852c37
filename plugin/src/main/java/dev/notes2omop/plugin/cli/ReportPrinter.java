package dev.notes2omop.plugin.cli;

import dev.notes2omop.core.pipeline.SkipReason;
import dev.notes2omop.plugin.etl.EtlReport;
import dev.notes2omop.plugin.etl.StageTimes;
import dev.notes2omop.plugin.report.NlpSummary;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;

/** Prints reports as aligned plain text. */
final class ReportPrinter {

  private final PrintWriter out;

  ReportPrinter(PrintWriter out) {
    this.out = out;
  }

  void etl(EtlReport report, int maxProblems) {
    out.printf(
        "Read %,d resources from %d file(s) in %.1f s%n",
        report.resources(), report.files(), report.elapsed().toMillis() / 1000.0);
    row("persons written", report.persons());
    row("notes written", report.notesWritten());
    row("notes unchanged", report.notesUnchanged());
    row("notes removed", report.notesRemoved());
    row("mentions written", report.mentions());
    row("parked notes resolved", report.parkedResolved());
    row("parked notes waiting", report.parkedRemaining());
    row("failed", report.notesFailed());
    row("skipped", report.skippedTotal());
    for (Map.Entry<SkipReason, Long> e : report.skipped().entrySet()) {
      out.printf("    %-28s %,10d%n", e.getKey().description(), e.getValue());
    }
    out.printf("  %-30s %,10.1f%n", "notes/s", report.notesPerSecond());
    out.println("Time per stage (seconds, summed over the stage's threads):");
    for (StageTimes.Stage stage : StageTimes.Stage.values()) {
      Duration spent = report.stageTimes().getOrDefault(stage, Duration.ZERO);
      out.printf("  %-30s %,10.1f%n", stage.description(), spent.toMillis() / 1000.0);
    }
    if (!report.problems().isEmpty()) {
      out.println("Problems:");
      report.problems().stream().limit(maxProblems).forEach(p -> out.println("  " + p));
      if (report.problems().size() > maxProblems) {
        out.printf(
            "  ... and %,d more%n", report.skippedTotal() + report.notesFailed() - maxProblems);
      }
    }
    if (report.notesFailed() > 0) {
      out.println(
          "Failed notes were not written: run the same etl again to write them (the log says"
              + " why each failed).");
    }
    if (report.parkedRemaining() > 0) {
      out.println(
          "Parked notes wait for their Patient: load it (etl with the Patient resources) and they"
              + " are written at the end of that run.");
    }
  }

  void tableCounts(Map<String, Long> counts) {
    out.println("Rows per table:");
    counts.forEach((table, n) -> out.printf("  %-30s %,10d%n", table, n));
  }

  void nlp(NlpSummary summary) {
    out.println("Mentions per concept domain:");
    summary.mentionsByDomain().forEach((k, n) -> out.printf("  %-30s %,10d%n", k, n));
    out.println("Mentions per assertion:");
    summary.mentionsByAssertion().forEach((k, n) -> out.printf("  %-30s %,10d%n", k, n));
    out.println("Most frequent unmapped terms:");
    if (summary.topUnmapped().isEmpty()) {
      out.println("  (none)");
    }
    summary.topUnmapped().forEach((k, n) -> out.printf("  %-30s %,10d%n", k, n));
  }

  private void row(String label, long value) {
    out.printf("  %-30s %,10d%n", label, value);
  }
}
