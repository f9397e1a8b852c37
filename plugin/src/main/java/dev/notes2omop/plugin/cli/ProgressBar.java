package dev.notes2omop.plugin.cli;

import dev.notes2omop.plugin.etl.EtlProgress;

/** A one-line progress display on the terminal; silent when not attached to one. */
final class ProgressBar implements EtlProgress {

  private final TerminalLine line;

  private ProgressBar(TerminalLine line) {
    this.line = line;
  }

  /** A progress bar on stderr when a terminal is attached, otherwise nothing. */
  static EtlProgress forTerminal() {
    TerminalLine line = TerminalLine.onStderr();
    return line.active() ? new ProgressBar(line) : EtlProgress.NONE;
  }

  @Override
  public void update(String file, int fileIndex, int files, long resources, long notesDone) {
    line.show(
        () -> {
          int width = 20;
          int filled = files == 0 ? width : (int) ((long) width * (fileIndex - 1) / files);
          return String.format(
              "[%s%s] file %d/%d  %,d resources  %,d notes  %.0f notes/s   ",
              "#".repeat(filled),
              ".".repeat(width - filled),
              fileIndex,
              files,
              resources,
              notesDone,
              notesDone / line.seconds());
        });
  }

  /** Ends the progress line, if one was printed. */
  void finish() {
    line.finish();
  }

  static void finish(EtlProgress progress) {
    if (progress instanceof ProgressBar bar) {
      bar.finish();
    }
  }
}
