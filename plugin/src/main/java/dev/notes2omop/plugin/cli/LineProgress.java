package dev.notes2omop.plugin.cli;

import java.util.Locale;

/** Notes done and notes per second on one terminal line; silent when no terminal is attached. */
final class LineProgress {

  private final TerminalLine line;

  private LineProgress(TerminalLine line) {
    this.line = line;
  }

  /** Progress on stderr when a terminal is attached; otherwise a progress that prints nothing. */
  static LineProgress forTerminal() {
    return new LineProgress(TerminalLine.onStderr());
  }

  /** Shows {@code notes} done, at most four times a second. */
  void update(long notes) {
    line.show(
        () ->
            String.format(
                Locale.ROOT, "%,d notes  %.0f notes/s   ", notes, notes / line.seconds()));
  }

  /** Ends the progress line, if one was printed. */
  void finish() {
    line.finish();
  }
}
