package dev.notes2omop.vocab.review.usagi;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 CSV as Usagi does (Apache Commons CSV's default format): comma-separated, CRLF
 * after each record, a field in double quotes only when it holds a comma, a quote, a line break or
 * leading or trailing spaces, a quote inside doubled.
 */
final class CsvWriter {

  private final Writer out;

  CsvWriter(Writer out) {
    this.out = out;
  }

  void writeRecord(List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      writeField(fields.get(i) == null ? "" : fields.get(i));
    }
    out.write("\r\n");
  }

  private void writeField(String field) throws IOException {
    if (!needsQuotes(field)) {
      out.write(field);
      return;
    }
    out.write('"');
    out.write(field.replace("\"", "\"\""));
    out.write('"');
  }

  static boolean needsQuotes(String field) {
    if (field.isEmpty()) {
      return false;
    }
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        return true;
      }
    }
    return Character.isWhitespace(field.charAt(0))
        || Character.isWhitespace(field.charAt(field.length() - 1));
  }
}
