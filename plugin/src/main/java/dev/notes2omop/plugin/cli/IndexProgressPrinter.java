package dev.notes2omop.plugin.cli;

import dev.notes2omop.vocab.index.BuildProgress;

/** Shows a concept index build on stderr when a terminal is attached. */
final class IndexProgressPrinter implements BuildProgress {

  private final TerminalLine line;

  private IndexProgressPrinter(TerminalLine line) {
    this.line = line;
  }

  /** A printer on a terminal; {@link BuildProgress#NONE} otherwise (the index logs its build). */
  static BuildProgress forTerminal() {
    TerminalLine line = TerminalLine.onStderr();
    return line.active() ? new IndexProgressPrinter(line) : BuildProgress.NONE;
  }

  @Override
  public synchronized void onProgress(String phase, long rowsSoFar) {
    line.show(
        () ->
            String.format(
                "building the concept index: %-12s %,14d rows read   ", phase, rowsSoFar));
  }

  /** Ends the progress line, if one was printed. */
  static void finish(BuildProgress progress) {
    if (progress instanceof IndexProgressPrinter printer) {
      synchronized (printer) {
        printer.line.finish();
      }
    }
  }
}
