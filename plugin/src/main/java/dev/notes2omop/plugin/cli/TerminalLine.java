package dev.notes2omop.plugin.cli;

import java.io.PrintStream;
import java.util.function.Supplier;

/**
 * One progress line on stderr, rewritten at most four times a second; silent when no terminal is
 * attached. Not synchronized: callers that update it from several threads synchronize themselves.
 */
final class TerminalLine {

  private static final long INTERVAL_NANOS = 250_000_000L;

  private final PrintStream out;
  private final long started = System.nanoTime();
  private long lastPrinted;
  private boolean printed;

  private TerminalLine(PrintStream out) {
    this.out = out;
  }

  /** A line on stderr when a terminal is attached, otherwise one that prints nothing. */
  static TerminalLine onStderr() {
    return new TerminalLine(System.console() == null ? null : System.err);
  }

  /** Whether anything can be shown: a terminal is attached. */
  boolean active() {
    return out != null;
  }

  /** Seconds since the line was made, never 0. */
  double seconds() {
    return Math.max(1e-9, (System.nanoTime() - started) / 1e9);
  }

  /** Rewrites the line with {@code text}, unless it was rewritten less than 250 ms ago. */
  void show(Supplier<String> text) {
    if (out == null) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastPrinted < INTERVAL_NANOS) {
      return;
    }
    lastPrinted = now;
    printed = true;
    out.print("\r" + text.get());
    out.flush();
  }

  /** Ends the line, if one was shown. */
  void finish() {
    if (printed) {
      out.println();
    }
  }
}
