package dev.notes2omop.vocab.review.usagi;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV: comma-separated fields, optionally in double quotes, a quote inside quotes
 * written twice, line breaks inside quotes kept; records end with CRLF, LF or CR. A UTF-8 byte
 * order mark at the start is skipped. Each record knows the line it starts on.
 */
final class CsvReader {

  /** One record and the (1-based) line it starts on. */
  record CsvRecord(int line, List<String> fields) {}

  private final Reader in;
  private final String fileName;
  private int line = 1;
  private int peeked = -2;

  CsvReader(Reader in, String fileName) {
    this.in = in;
    this.fileName = fileName;
  }

  /** All records; a blank line at the very end is not a record. */
  List<CsvRecord> readAll() throws IOException {
    List<CsvRecord> records = new ArrayList<>();
    if (peek() == '\uFEFF') {
      read();
    }
    while (peek() != -1) {
      records.add(readRecord());
    }
    return records;
  }

  private CsvRecord readRecord() throws IOException {
    int start = line;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    while (true) {
      int c = read();
      if (c == '"' && field.isEmpty()) {
        readQuoted(field, start);
        c = read();
        if (c != ',' && c != '\n' && c != '\r' && c != -1) {
          throw new UsagiFormatException(
              fileName,
              line,
              "unexpected '"
                  + (char) c
                  + "' after a closing quote: write a quote inside quotes as \"\"");
        }
      }
      if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r' || c == -1) {
        if (c == '\r' && peek() == '\n') {
          read();
        }
        if (c != -1) {
          line++;
        }
        fields.add(field.toString());
        return new CsvRecord(start, List.copyOf(fields));
      } else {
        field.append((char) c);
      }
    }
  }

  private void readQuoted(StringBuilder field, int start) throws IOException {
    while (true) {
      int c = read();
      if (c == -1) {
        throw new UsagiFormatException(
            fileName, start, "a quoted field is not closed before the end of the file");
      }
      if (c == '"') {
        if (peek() == '"') {
          read();
          field.append('"');
        } else {
          return;
        }
      } else {
        if (c == '\n' || (c == '\r' && peek() != '\n')) {
          line++;
        }
        field.append((char) c);
      }
    }
  }

  private int peek() throws IOException {
    if (peeked == -2) {
      peeked = in.read();
    }
    return peeked;
  }

  private int read() throws IOException {
    int c = peek();
    peeked = -2;
    return c;
  }
}
