package dev.notes2omop.vocab.generate;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes one Athena file: tab-separated, a header row, no quoting, {@code \n} line ends. */
final class TsvWriter implements Closeable {

  private final String fileName;
  private final BufferedWriter out;
  private final StringBuilder line = new StringBuilder(256);
  private long rows;

  TsvWriter(Path directory, String fileName, String... header) throws IOException {
    this.fileName = fileName;
    this.out = Files.newBufferedWriter(directory.resolve(fileName), StandardCharsets.UTF_8);
    out.write(String.join("\t", header));
    out.write('\n');
  }

  String fileName() {
    return fileName;
  }

  TsvWriter field(String value) {
    if (!line.isEmpty()) {
      line.append('\t');
    }
    line.append(value == null ? "" : value);
    return this;
  }

  TsvWriter field(long value) {
    if (!line.isEmpty()) {
      line.append('\t');
    }
    line.append(value);
    return this;
  }

  /** Ends a data row. */
  void end() throws IOException {
    writeLine();
    rows++;
  }

  /** Ends a row that is malformed on purpose: written, not counted as a data row. */
  void endMalformed() throws IOException {
    writeLine();
  }

  private void writeLine() throws IOException {
    line.append('\n');
    out.append(line);
    line.setLength(0);
  }

  long rows() {
    return rows;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
