package dev.notes2omop.vocab.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.postgresql.copy.CopyManager;

/**
 * Streams one vocabulary file into its staging table: splits each record, checks it against the CDM
 * table's columns and sends it to COPY. Malformed rows are skipped and reported.
 */
final class FileStager {

  private static final int PROGRESS_EVERY = 50_000;

  /** Collects malformed rows and warnings across files. */
  interface Problems {
    /** Drops everything, for a header check before the load. */
    Problems IGNORE =
        new Problems() {
          @Override
          public void badRow(String where, String reason) {}

          @Override
          public void warning(String message) {}
        };

    void badRow(String where, String reason);

    void warning(String message);
  }

  private final CopyManager copyManager;
  private final Problems problems;
  private final LoadProgress progress;

  FileStager(CopyManager copyManager, Problems problems, LoadProgress progress) {
    this.copyManager = copyManager;
    this.problems = problems;
    this.progress = progress;
  }

  /**
   * Stages {@code file} into {@code stagingTable}.
   *
   * @param fileIndex the file's position in the load, stored with each row to decide which of two
   *     duplicates came first
   * @param rowsBefore rows of the same table staged from earlier files, for progress
   * @return the rows staged from this file
   */
  long stage(Path file, int fileIndex, TableColumns columns, String stagingTable, long rowsBefore)
      throws IOException, SQLException {
    String name = file.toString();
    progress.onFileStarted(columns.table(), file);
    try (DelimitedFileReader reader = open(file)) {
      List<String> header = reader.header();
      TableColumns.Column[] mapped = mapHeader(name, header, columns);
      List<String> copyColumns = new ArrayList<>();
      for (TableColumns.Column column : mapped) {
        if (column != null) {
          copyColumns.add(quote(column.name()));
        }
      }
      copyColumns.add("n2o_file");
      copyColumns.add("n2o_line");
      String sql =
          "COPY "
              + stagingTable
              + " ("
              + String.join(", ", copyColumns)
              + ") FROM STDIN (FORMAT text)";
      CopyRowWriter writer = new CopyRowWriter(copyManager.copyIn(sql));
      long rows = 0;
      try {
        String[] values = new String[copyColumns.size()];
        String fileNumber = Integer.toString(fileIndex);
        DelimitedFileReader.Record record;
        while ((record = reader.next()) != null) {
          String reason = convert(record, header.size(), mapped, values);
          if (reason != null) {
            problems.badRow(name + ":" + record.line(), reason);
            continue;
          }
          values[values.length - 2] = fileNumber;
          values[values.length - 1] = Long.toString(record.line());
          writer.write(values);
          rows++;
          if (rows % PROGRESS_EVERY == 0) {
            progress.onProgress(columns.table(), rowsBefore + rows);
          }
        }
        writer.finish();
      } catch (IOException | SQLException | RuntimeException e) {
        writer.cancel();
        throw e;
      }
      progress.onProgress(columns.table(), rowsBefore + rows);
      return rows;
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new VocabularyLoadException(name + " is not valid UTF-8: save it as UTF-8", e);
    }
  }

  /**
   * Checks that the header of {@code file} has every required column of the table, so that a wrong
   * file fails the load before hours of copying; warnings are left to {@link #stage}.
   */
  static void checkHeader(Path file, TableColumns columns) throws IOException {
    try (DelimitedFileReader reader = open(file)) {
      new FileStager(null, Problems.IGNORE, LoadProgress.NONE)
          .mapHeader(file.toString(), reader.header(), columns);
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new VocabularyLoadException(file + " is not valid UTF-8: save it as UTF-8", e);
    }
  }

  private static DelimitedFileReader open(Path file) throws IOException {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    BufferedReader in =
        new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16);
    try {
      return new DelimitedFileReader(in);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /** Which table column each file column feeds, or null for a column that is not loaded. */
  private TableColumns.Column[] mapHeader(String name, List<String> header, TableColumns columns) {
    TableColumns.Column[] mapped = new TableColumns.Column[header.size()];
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < header.size(); i++) {
      var column = columns.column(header.get(i));
      if (column.isEmpty()) {
        problems.warning(
            name + ": column '" + header.get(i) + "' is not in " + columns.table() + ", ignored");
      } else if (!seen.add(column.get().name())) {
        problems.warning(name + ": column '" + header.get(i) + "' appears twice, second ignored");
      } else {
        mapped[i] = column.get();
      }
    }
    for (TableColumns.Column column : columns.columns()) {
      if (column.required() && !seen.contains(column.name())) {
        throw new VocabularyLoadException(
            name
                + ": the header lacks the required column '"
                + column.name()
                + "' of "
                + columns.table()
                + " (header: "
                + String.join(",", header)
                + ")");
      }
    }
    return mapped;
  }

  /** Fills {@code values}; returns the reason the record is malformed, or null. */
  private static String convert(
      DelimitedFileReader.Record record,
      int expected,
      TableColumns.Column[] mapped,
      String[] values) {
    if (record.malformed()) {
      return record.error();
    }
    List<String> fields = record.fields();
    if (fields.size() != expected) {
      return "expected " + expected + " columns, found " + fields.size();
    }
    int out = 0;
    for (int i = 0; i < mapped.length; i++) {
      TableColumns.Column column = mapped[i];
      if (column == null) {
        continue;
      }
      String raw = fields.get(i);
      if (raw.isEmpty()) {
        if (column.required()) {
          return "missing required value for " + column.name();
        }
        values[out++] = null;
        continue;
      }
      try {
        values[out++] = column.type().normalise(raw, column.maxLength());
      } catch (IllegalArgumentException e) {
        return column.name() + ": " + e.getMessage();
      }
    }
    return null;
  }

  /** Quotes a column name read from the database catalogue. */
  static String quote(String column) {
    if (!column.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalStateException("unexpected column name " + column);
    }
    return "\"" + column + "\"";
  }
}
