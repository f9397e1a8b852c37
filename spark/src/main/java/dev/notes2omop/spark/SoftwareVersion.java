package dev.notes2omop.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The notes2omop version this jar was built as, written in {@code nlp_system}. */
final class SoftwareVersion {

  private SoftwareVersion() {}

  static String get() {
    try (InputStream in =
        SoftwareVersion.class.getResourceAsStream("/notes2omop-spark-version.properties")) {
      if (in == null) {
        return "dev";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "dev");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the notes2omop version resource", e);
    }
  }
}
