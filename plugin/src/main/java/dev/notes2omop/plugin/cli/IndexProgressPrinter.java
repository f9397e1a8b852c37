package dev.notes2omop.plugin.cli;

import dev.notes2omop.vocab.index.BuildProgress;

/** Shows a concept index build on stderr when a terminal is attached. */
final class IndexProgressPrinter implements BuildProgress {

  private static final long INTERVAL_NANOS = 250_000_000L;

  private long last;
  private boolean printed;

  private IndexProgressPrinter() {}

  /** A printer on a terminal; {@link BuildProgress#NONE} otherwise (the index logs its build). */
  static BuildProgress forTerminal() {
    return System.console() == null ? BuildProgress.NONE : new IndexProgressPrinter();
  }

  @Override
  public synchronized void onProgress(String phase, long rowsSoFar) {
    long now = System.nanoTime();
    if (now - last > INTERVAL_NANOS) {
      last = now;
      printed = true;
      System.err.printf("\rbuilding the concept index: %-12s %,14d rows read   ", phase, rowsSoFar);
      System.err.flush();
    }
  }

  /** Ends the progress line, if one was printed. */
  static void finish(BuildProgress progress) {
    if (progress instanceof IndexProgressPrinter printer && printer.printed) {
      System.err.println();
    }
  }
}
