package dev.notes2omop.vocab.load;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a delimited vocabulary file one record at a time, never the whole file.
 *
 * <p>Two dialects: Athena's tab-separated files (no quoting at all: a quote character is part of
 * the value) and comma-separated files with RFC 4180 quoting, where a quoted value may span lines.
 * The delimiter is detected from the header line.
 */
final class DelimitedFileReader implements Closeable {

  /** Most physical lines one quoted record may span before it is declared malformed. */
  static final int MAX_LINES_PER_RECORD = 20;

  /** One record: its fields, or the reason it could not be split. */
  record Record(long line, List<String> fields, String error) {
    boolean malformed() {
      return error != null;
    }
  }

  private final BufferedReader reader;
  private final char delimiter;
  private final List<String> header;
  private long lineNumber;
  private final List<String> pushedBack = new ArrayList<>();

  /**
   * @param reader the file, positioned at its start
   * @throws IOException when it cannot be read or has no header line
   */
  DelimitedFileReader(BufferedReader reader) throws IOException {
    this.reader = reader;
    String first = nextLine();
    if (first == null) {
      throw new IOException("the file is empty: expected a header line");
    }
    if (!first.isEmpty() && first.charAt(0) == '\uFEFF') {
      first = first.substring(1);
    }
    this.delimiter = first.indexOf('\t') >= 0 ? '\t' : ',';
    Record headerRecord = split(1, first);
    if (headerRecord.malformed()) {
      throw new IOException("unreadable header line: " + headerRecord.error());
    }
    List<String> names = new ArrayList<>();
    for (String name : headerRecord.fields()) {
      names.add(name.strip());
    }
    this.header = List.copyOf(names);
  }

  /** The column names of the header line, as written. */
  List<String> header() {
    return header;
  }

  /** The detected delimiter: tab or comma. */
  char delimiter() {
    return delimiter;
  }

  /** The next record, or {@code null} at the end of the file. Blank lines are skipped. */
  Record next() throws IOException {
    String line;
    do {
      line = nextLine();
      if (line == null) {
        return null;
      }
    } while (line.isBlank());
    long start = lineNumber;
    if (delimiter == '\t') {
      return new Record(start, splitTabs(line), null);
    }
    Record record = split(start, line);
    if (!"unterminated quote".equals(record.error())) {
      return record;
    }
    // a quoted value spanning lines: join following lines until the quote closes
    List<String> consumed = new ArrayList<>();
    StringBuilder joined = new StringBuilder(line);
    for (int i = 1; i < MAX_LINES_PER_RECORD; i++) {
      String more = nextLine();
      if (more == null) {
        break;
      }
      consumed.add(more);
      joined.append('\n').append(more);
      Record candidate = split(start, joined.toString());
      if (candidate.malformed() && !"unterminated quote".equals(candidate.error())) {
        break;
      }
      if (!candidate.malformed() && candidate.fields().size() == header.size()) {
        return candidate;
      }
      if (!candidate.malformed()) {
        break;
      }
    }
    // never closed: give the following lines back, so that one stray quote costs one row
    for (int i = consumed.size() - 1; i >= 0; i--) {
      pushedBack.add(consumed.get(i));
    }
    lineNumber -= consumed.size();
    return new Record(start, List.of(), "unterminated quote");
  }

  private String nextLine() throws IOException {
    String line =
        pushedBack.isEmpty() ? reader.readLine() : pushedBack.remove(pushedBack.size() - 1);
    if (line != null) {
      lineNumber++;
    }
    return line;
  }

  private static List<String> splitTabs(String line) {
    List<String> fields = new ArrayList<>();
    int from = 0;
    int tab;
    while ((tab = line.indexOf('\t', from)) >= 0) {
      fields.add(line.substring(from, tab));
      from = tab + 1;
    }
    String last = line.substring(from);
    if (last.endsWith("\r")) {
      last = last.substring(0, last.length() - 1);
    }
    fields.add(last);
    return fields;
  }

  private Record split(long start, String line) {
    if (delimiter == '\t') {
      return new Record(start, splitTabs(line), null);
    }
    if (line.endsWith("\r")) {
      line = line.substring(0, line.length() - 1);
    }
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    int n = line.length();
    while (true) {
      field.setLength(0);
      if (i < n && line.charAt(i) == '"') {
        i++;
        boolean closed = false;
        while (i < n) {
          char c = line.charAt(i);
          if (c == '"') {
            if (i + 1 < n && line.charAt(i + 1) == '"') {
              field.append('"');
              i += 2;
            } else {
              i++;
              closed = true;
              break;
            }
          } else {
            field.append(c);
            i++;
          }
        }
        if (!closed) {
          return new Record(start, List.of(), "unterminated quote");
        }
        if (i < n && line.charAt(i) != ',') {
          return new Record(
              start,
              List.of(),
              "unexpected character after a closing quote in field " + (fields.size() + 1));
        }
      } else {
        int comma = line.indexOf(',', i);
        int end = comma < 0 ? n : comma;
        field.append(line, i, end);
        i = end;
      }
      fields.add(field.toString());
      if (i >= n) {
        return new Record(start, fields, null);
      }
      i++; // the comma
      if (i == n) {
        fields.add("");
        return new Record(start, fields, null);
      }
    }
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
