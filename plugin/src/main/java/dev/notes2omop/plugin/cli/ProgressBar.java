package dev.notes2omop.plugin.cli;

import dev.notes2omop.plugin.etl.EtlProgress;
import java.io.PrintStream;

/** A one-line progress display on the terminal; silent when not attached to one. */
final class ProgressBar implements EtlProgress {

  private static final long INTERVAL_NANOS = 250_000_000L;

  private final PrintStream out;
  private final long started = System.nanoTime();
  private long lastPrinted;
  private boolean printed;

  private ProgressBar(PrintStream out) {
    this.out = out;
  }

  /** A progress bar on stderr when a terminal is attached, otherwise nothing. */
  static EtlProgress forTerminal() {
    return System.console() == null ? EtlProgress.NONE : new ProgressBar(System.err);
  }

  @Override
  public void update(String file, int fileIndex, int files, long resources, long notesDone) {
    long now = System.nanoTime();
    if (now - lastPrinted < INTERVAL_NANOS) {
      return;
    }
    lastPrinted = now;
    printed = true;
    double seconds = Math.max(1e-9, (now - started) / 1e9);
    int width = 20;
    int filled = files == 0 ? width : (int) ((long) width * (fileIndex - 1) / files);
    out.printf(
        "\r[%s%s] file %d/%d  %,d resources  %,d notes  %.0f notes/s   ",
        "#".repeat(filled),
        ".".repeat(width - filled),
        fileIndex,
        files,
        resources,
        notesDone,
        notesDone / seconds);
    out.flush();
  }

  /** Ends the progress line, if one was printed. */
  void finish() {
    if (printed) {
      out.println();
    }
  }

  static void finish(EtlProgress progress) {
    if (progress instanceof ProgressBar bar) {
      bar.finish();
    }
  }
}
