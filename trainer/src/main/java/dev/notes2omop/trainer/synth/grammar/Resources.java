package dev.notes2omop.trainer.synth.grammar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the grammar's data files, resources of this package. */
final class Resources {

  private Resources() {}

  /** Every line of {@code resource}. */
  static List<String> lines(String resource) {
    try (InputStream in = Resources.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return reader.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /**
   * The tab-separated rows of {@code resource}, without blank lines and {@code #} comments, each
   * checked to have at least {@code minFields} fields.
   */
  static List<String[]> rows(String resource, int minFields) {
    List<String[]> rows = new ArrayList<>();
    int number = 0;
    for (String line : lines(resource)) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields.length < minFields) {
        throw new IllegalArgumentException(
            resource
                + ":"
                + number
                + ": expected at least "
                + minFields
                + " tab-separated fields, found "
                + fields.length);
      }
      rows.add(fields);
    }
    return rows;
  }
}
