package dev.notes2omop.spark.input;

import dev.notes2omop.fhir.FhirResourceReader;
import dev.notes2omop.fhir.bulk.BulkLines;
import dev.notes2omop.fhir.bulk.RawLine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.util.SerializableConfiguration;

/**
 * Reads one bulk file, named by its Hadoop path, as a lazy stream of {@link RawLine}s (one line in
 * memory at a time), closing the file at its end: line numbers are the file's own, so that a bad
 * line is reported with its file and line as {@code etl} reports it.
 */
public final class FileLines implements FlatMapFunction<String, RawLine> {

  private static final long serialVersionUID = 1L;

  private final SerializableConfiguration conf;

  public FileLines(Configuration conf) {
    this.conf = new SerializableConfiguration(conf);
  }

  @Override
  public Iterator<RawLine> call(String file) throws IOException {
    Path path = new Path(file);
    FileSystem fs = path.getFileSystem(conf.value());
    InputStream in = fs.open(path);
    Iterator<RawLine> lines;
    try {
      lines = new BulkLines(new FhirResourceReader()).lines(file, in);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
    return new Iterator<>() {
      private boolean open = true;

      @Override
      public boolean hasNext() {
        if (!open) {
          return false;
        }
        if (lines.hasNext()) {
          return true;
        }
        close();
        return false;
      }

      @Override
      public RawLine next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return lines.next();
      }

      private void close() {
        open = false;
        try {
          in.close();
        } catch (IOException e) {
          throw new UncheckedIOException("cannot close " + file, e);
        }
      }
    };
  }
}
