package dev.notes2omop.fhir.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a byte stream into lines of UTF-8 text without ever holding more than one line, and never
 * more than {@code maxLineBytes} of it: the rest of a longer line is read and dropped.
 */
final class LineSplitter {

  /** One line: its number, and its text or, when it was too long, its length so far. */
  record Line(long number, String text, long droppedBytes) {
    boolean tooLong() {
      return text == null;
    }
  }

  private final InputStream in;
  private final long maxLineBytes;
  private final byte[] chunk = new byte[64 * 1024];
  private int position;
  private int limit;
  private byte[] line = new byte[8 * 1024];
  private int lineLength;
  private long lineNumber;
  private boolean eof;

  LineSplitter(InputStream in, long maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** The next line, or {@code null} at the end of the stream. */
  Line next() throws IOException {
    if (eof && position >= limit) {
      return null;
    }
    lineLength = 0;
    long total = 0;
    boolean sawAny = false;
    while (true) {
      if (position >= limit) {
        limit = in.read(chunk);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          eof = true;
          if (!sawAny) {
            return null;
          }
          break;
        }
      }
      sawAny = true;
      int newline = indexOfNewline();
      int end = newline >= 0 ? newline : limit;
      total += end - position;
      if (total <= maxLineBytes) {
        append(position, end - position);
      }
      position = newline >= 0 ? newline + 1 : limit;
      if (newline >= 0) {
        break;
      }
    }
    lineNumber++;
    if (total > maxLineBytes) {
      return new Line(lineNumber, null, total);
    }
    int length = lineLength;
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    int start = 0;
    if (lineNumber == 1
        && length >= 3
        && (line[0] & 0xFF) == 0xEF
        && (line[1] & 0xFF) == 0xBB
        && (line[2] & 0xFF) == 0xBF) {
      start = 3;
    }
    return new Line(lineNumber, new String(line, start, length - start, StandardCharsets.UTF_8), 0);
  }

  private int indexOfNewline() {
    for (int i = position; i < limit; i++) {
      if (chunk[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private void append(int from, int count) {
    if (lineLength + count > line.length) {
      long grown = Math.min(Math.max(lineLength + count, line.length * 2L), maxLineBytes);
      line = Arrays.copyOf(line, (int) grown);
    }
    System.arraycopy(chunk, from, line, lineLength, count);
    lineLength += count;
  }
}
