package dev.notes2omop.plugin.cli;

import java.io.PrintStream;
import java.util.Locale;

/** Notes done and notes per second on one terminal line; silent when no terminal is attached. */
final class LineProgress {

  private static final long INTERVAL_NANOS = 250_000_000L;

  private final PrintStream out;
  private final long started = System.nanoTime();
  private long lastPrinted;
  private boolean printed;

  private LineProgress(PrintStream out) {
    this.out = out;
  }

  /** Progress on stderr when a terminal is attached; otherwise a progress that prints nothing. */
  static LineProgress forTerminal() {
    return new LineProgress(System.console() == null ? null : System.err);
  }

  /** Shows {@code notes} done, at most four times a second. */
  void update(long notes) {
    if (out == null) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastPrinted < INTERVAL_NANOS) {
      return;
    }
    lastPrinted = now;
    printed = true;
    double seconds = Math.max(1e-9, (now - started) / 1e9);
    out.printf(Locale.ROOT, "\r%,d notes  %.0f notes/s   ", notes, notes / seconds);
    out.flush();
  }

  /** Ends the progress line, if one was printed. */
  void finish() {
    if (printed) {
      out.println();
    }
  }
}
