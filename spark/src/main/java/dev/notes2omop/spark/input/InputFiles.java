package dev.notes2omop.spark.input;

import dev.notes2omop.fhir.bulk.BulkInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Lists the bulk files of the input paths on any Hadoop file system (local, HDFS, S3 through the
 * site's Hadoop configuration): a file is taken as it is, a directory for its NDJSON and JSON files
 * (and their {@code .gz}), recursively, in name order, as {@code etl} lists a directory.
 */
public final class InputFiles {

  private InputFiles() {}

  /**
   * The files of {@code paths}, fully qualified.
   *
   * @throws IllegalArgumentException naming a path that does not exist
   */
  public static List<String> list(List<String> paths, Configuration conf) {
    List<String> files = new ArrayList<>();
    for (String p : paths) {
      Path path = new Path(p);
      try {
        FileSystem fs = path.getFileSystem(conf);
        if (!fs.exists(path)) {
          throw new IllegalArgumentException(
              "input "
                  + p
                  + " does not exist: give an NDJSON or JSON file, or a directory of them");
        }
        FileStatus status = fs.getFileStatus(path);
        if (status.isFile()) {
          files.add(fs.makeQualified(path).toString());
          continue;
        }
        List<String> found = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(path, true);
        while (it.hasNext()) {
          LocatedFileStatus file = it.next();
          if (file.isFile()
              && BulkInput.isInputFile(java.nio.file.Path.of(file.getPath().getName()))) {
            found.add(file.getPath().toString());
          }
        }
        found.sort(null);
        files.addAll(found);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list input " + p + ": " + e.getMessage(), e);
      }
    }
    return files;
  }
}
