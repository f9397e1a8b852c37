package dev.notes2omop.vocab.testing;

import dev.notes2omop.omop.testing.TestDatabase;
import dev.notes2omop.vocab.load.AthenaLoader;
import dev.notes2omop.vocab.load.LoadProgress;
import dev.notes2omop.vocab.load.LoadReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;

/**
 * The two OHDSI Eunomia sample vocabularies under {@code ../shared/data}, and a database of both.
 */
public final class SampleVocabularies {

  /** The CDM schema of {@link TestDatabase#freshDatabase()}. */
  public static final String CDM = "cdm";

  private static DataSource loaded;
  private static LoadReport loadReport;

  private SampleVocabularies() {}

  /** The folder holding {@code gibleed/} and {@code synthea27nj/}. */
  public static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared/data/omop-vocab-sample");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
      candidate = p.resolveSibling("shared").resolve("data/omop-vocab-sample");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("../shared/data/omop-vocab-sample not found above " + dir);
  }

  public static Path gibleed() {
    return root().resolve("gibleed");
  }

  public static Path synthea() {
    return root().resolve("synthea27nj");
  }

  /** One database per JVM with both samples loaded (GiBleed first), shared by read-only tests. */
  public static synchronized DataSource loadedDatabase() {
    if (loaded == null) {
      DataSource dataSource = TestDatabase.freshDatabase();
      loadReport =
          new AthenaLoader(dataSource, CDM)
              .loadAll(List.of(gibleed(), synthea()), LoadProgress.NONE);
      loaded = dataSource;
    }
    return loaded;
  }

  /** The report of the load behind {@link #loadedDatabase()}. */
  public static synchronized LoadReport loadReport() {
    loadedDatabase();
    return loadReport;
  }
}
