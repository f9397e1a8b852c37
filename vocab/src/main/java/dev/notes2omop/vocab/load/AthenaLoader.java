package dev.notes2omop.vocab.load;

import dev.notes2omop.vocab.SqlIdentifiers;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads OHDSI vocabulary files (an Athena download, or the comma-separated Eunomia samples) into
 * the CDM vocabulary tables, at the scale of a full Athena download.
 *
 * <p>For each table that has files: the files are streamed through row validation with COPY into an
 * UNLOGGED staging table without indexes; the rows are de-duplicated by key into a new table built
 * like the live one (first row by file and line wins; duplicates are reported); the new table gets
 * every index and constraint of the live table (a site's own too), is made LOGGED and analyzed.
 * Then one short transaction swaps all new tables in and drops the old ones. Readers of the live
 * tables are only held up by that swap. A load that fails before the swap leaves the vocabulary as
 * it was and drops its work tables; work tables a killed load left behind are dropped at the start
 * of the next one. Tables without a file are left as they are. Memory use does not grow with the
 * size of the files.
 */
public final class AthenaLoader {

  private static final Logger log = LoggerFactory.getLogger(AthenaLoader.class);

  private static final String WORK_MEMORY = "256MB";
  private static final Duration SWAP_LOCK_TIMEOUT = Duration.ofSeconds(5);
  private static final int SWAP_ATTEMPTS = 24;

  private final DataSource dataSource;
  private final String schema;

  /**
   * @param dataSource the CDM database
   * @param cdmSchema the schema holding the CDM tables, e.g. {@code cdm}
   */
  public AthenaLoader(DataSource dataSource, String cdmSchema) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.schema = SqlIdentifiers.schema(cdmSchema);
  }

  /** Loads the vocabulary files of one directory. */
  public LoadReport load(Path directory, LoadProgress progress) {
    return loadAll(List.of(directory), progress);
  }

  /**
   * Loads the vocabulary files of several directories together: a table's files are loaded in the
   * order of the directories, and a row whose key an earlier row already had is dropped and
   * reported.
   *
   * @throws VocabularyLoadException when the load could not be done; nothing was changed
   */
  public LoadReport loadAll(List<Path> directories, LoadProgress progress) {
    Objects.requireNonNull(progress, "progress");
    long started = System.nanoTime();
    ProblemLog problems = new ProblemLog();
    Map<VocabularyTable, List<Path>> files = VocabularyFiles.find(directories, problems);
    Map<String, Long> rows = new LinkedHashMap<>();
    Map<String, Long> duplicates = new LinkedHashMap<>();
    try (Connection pooled = dataSource.getConnection();
        LoadSession session = LoadSession.open(pooled, schema, WORK_MEMORY)) {
      Connection connection = session.connection();
      WorkTables work = new WorkTables(schema);
      if (!work.dropLeftovers(connection).isEmpty()) {
        progress.onPhase("dropped the work tables of an earlier load that did not finish");
      }
      try {
        load(connection, work, files, progress, problems, rows, duplicates);
      } catch (SQLException | IOException | RuntimeException e) {
        dropQuietly(connection, work, files);
        throw e;
      }
    } catch (SQLException e) {
      throw new VocabularyLoadException("the vocabulary load failed: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new VocabularyLoadException("a vocabulary file could not be read: " + e, e);
    }
    LoadReport report =
        new LoadReport(
            rows,
            problems.badRows,
            problems.badRowCount,
            duplicates,
            problems.duplicates,
            problems.warnings,
            Duration.ofNanos(System.nanoTime() - started));
    log.info("vocabulary {}", report.summary());
    return report;
  }

  private void load(
      Connection connection,
      WorkTables work,
      Map<VocabularyTable, List<Path>> files,
      LoadProgress progress,
      ProblemLog problems,
      Map<String, Long> rows,
      Map<String, Long> duplicates)
      throws SQLException, IOException {
    // everything that can be checked up front is, before hours of copying
    Map<VocabularyTable, TableColumns> columns = new EnumMap<>(VocabularyTable.class);
    Map<VocabularyTable, LiveTable> live = new EnumMap<>(VocabularyTable.class);
    for (var entry : files.entrySet()) {
      VocabularyTable table = entry.getKey();
      TableColumns tableColumns = TableColumns.read(connection, schema, table.tableName());
      columns.put(table, tableColumns);
      live.put(table, LiveTable.read(connection, schema, table));
      for (Path file : entry.getValue()) {
        FileStager.checkHeader(file, tableColumns);
      }
    }
    FileStager stager =
        new FileStager(connection.unwrap(PGConnection.class).getCopyAPI(), problems, progress);
    NewTableBuilder builder = new NewTableBuilder(connection, work, progress);
    List<Path> allFiles = new ArrayList<>();
    List<NewTableBuilder.Renames> built = new ArrayList<>();
    for (var entry : files.entrySet()) {
      VocabularyTable table = entry.getKey();
      builder.createStage(table);
      long staged = 0;
      for (Path file : entry.getValue()) {
        allFiles.add(file);
        staged +=
            stager.stage(file, allFiles.size() - 1, columns.get(table), work.stage(table), staged);
      }
      long inserted = builder.deduplicate(table, columns.get(table));
      rows.put(table.tableName(), inserted);
      if (staged > inserted) {
        duplicates.put(table.tableName(), staged - inserted);
        builder.listDuplicates(table, allFiles, problems);
      }
      builder.dropStage(table);
      built.add(builder.finish(live.get(table)));
    }
    progress.onPhase("swapping");
    new TableSwapper(connection, work, SWAP_LOCK_TIMEOUT, SWAP_ATTEMPTS).swap(built);
  }

  private static void dropQuietly(
      Connection connection, WorkTables work, Map<VocabularyTable, List<Path>> files) {
    try {
      if (!connection.getAutoCommit()) {
        connection.rollback();
        connection.setAutoCommit(true);
      }
      work.dropWorkTables(connection, files.keySet());
    } catch (SQLException | RuntimeException e) {
      log.warn(
          "could not drop the work tables of the failed vocabulary load ({}); the next load"
              + " drops them",
          e.getMessage());
    }
  }
}
