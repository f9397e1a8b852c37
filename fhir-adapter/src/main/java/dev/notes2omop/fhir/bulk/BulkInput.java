package dev.notes2omop.fhir.bulk;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** Finds the bulk input files to read. */
public final class BulkInput {

  private static final List<String> SUFFIXES =
      List.of(".ndjson", ".ndjson.gz", ".json", ".json.gz");

  private BulkInput() {}

  /**
   * The files to read: {@code fileOrDirectory} itself when it is a file (whatever its name), or
   * every {@code *.ndjson}, {@code *.ndjson.gz}, {@code *.json} and {@code *.json.gz} file under
   * the directory, recursively, sorted by path.
   *
   * @throws IllegalArgumentException when the path does not exist or is neither file nor directory
   * @throws UncheckedIOException when the directory cannot be listed
   */
  public static List<Path> files(Path fileOrDirectory) {
    if (!Files.exists(fileOrDirectory)) {
      throw new IllegalArgumentException(
          "bulk input "
              + fileOrDirectory
              + " does not exist: give an NDJSON or JSON file, or a directory of them");
    }
    if (Files.isRegularFile(fileOrDirectory)) {
      return List.of(fileOrDirectory);
    }
    if (!Files.isDirectory(fileOrDirectory)) {
      throw new IllegalArgumentException(
          "bulk input " + fileOrDirectory + " is neither a regular file nor a directory");
    }
    try (Stream<Path> paths = Files.walk(fileOrDirectory)) {
      return paths
          .filter(Files::isRegularFile)
          .filter(BulkInput::isInputFile)
          .sorted(Comparator.comparing(Path::toString))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list bulk input directory " + fileOrDirectory, e);
    }
  }

  /** Whether the file name ends with one of the bulk suffixes (case-insensitive). */
  public static boolean isInputFile(Path file) {
    String name = fileName(file);
    return SUFFIXES.stream().anyMatch(name::endsWith);
  }

  /** Whether the file holds one JSON resource ({@code *.json}, {@code *.json.gz}), not NDJSON. */
  static boolean isSingleResource(Path file) {
    String name = fileName(file);
    return name.endsWith(".json") || name.endsWith(".json.gz");
  }

  /** Whether the name says gzip. */
  /**
   * {@code in}, buffered, and gunzipped when {@code gzipName} says so or the content starts with
   * gzip's magic bytes.
   */
  static InputStream decompressed(InputStream in, boolean gzipName, int buffer) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, buffer);
    buffered.mark(2);
    int first = buffered.read();
    int second = buffered.read();
    buffered.reset();
    if (gzipName || (first == 0x1f && second == 0x8b)) {
      return new BufferedInputStream(new GZIPInputStream(buffered, buffer), buffer);
    }
    return buffered;
  }

  static boolean isGzipName(Path file) {
    return fileName(file).endsWith(".gz");
  }

  private static String fileName(Path file) {
    Path name = file.getFileName();
    return name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
  }
}
