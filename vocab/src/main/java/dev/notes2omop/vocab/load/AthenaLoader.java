package dev.notes2omop.vocab.load;

import dev.notes2omop.vocab.SqlIdentifiers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads OHDSI vocabulary files (an Athena download, or the comma-separated Eunomia samples) into
 * the CDM vocabulary tables.
 *
 * <p>Every file is streamed through row validation into a temporary staging table with COPY; then,
 * in the same transaction, each loaded table's previous contents are removed and the staged rows
 * inserted, de-duplicated by primary key (the first row wins). A load that fails changes nothing.
 * Tables without a file are left as they are.
 */
public final class AthenaLoader {

  private static final Logger log = LoggerFactory.getLogger(AthenaLoader.class);

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
    Map<VocabularyTable, List<Path>> files = findFiles(directories, problems);
    if (files.isEmpty()) {
      throw new VocabularyLoadException(
          "no vocabulary files (CONCEPT.csv, VOCABULARY.csv, ...) in " + directories);
    }
    Map<String, Long> rows = new LinkedHashMap<>();
    Map<String, Long> duplicates = new LinkedHashMap<>();
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        load(connection, files, progress, problems, rows, duplicates);
        connection.commit();
      } catch (SQLException | IOException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
      analyze(connection, files);
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
      Map<VocabularyTable, List<Path>> files,
      LoadProgress progress,
      ProblemLog problems,
      Map<String, Long> rows,
      Map<String, Long> duplicates)
      throws SQLException, IOException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET CONSTRAINTS ALL DEFERRED");
    }
    CopyManager copyManager = connection.unwrap(PGConnection.class).getCopyAPI();
    FileStager stager = new FileStager(copyManager, problems, progress);
    Map<VocabularyTable, TableColumns> columns = new EnumMap<>(VocabularyTable.class);
    List<Path> allFiles = new ArrayList<>();
    for (var entry : files.entrySet()) {
      VocabularyTable table = entry.getKey();
      TableColumns tableColumns = TableColumns.read(connection, schema, table.tableName());
      columns.put(table, tableColumns);
      String staging = stagingTable(table);
      try (Statement statement = connection.createStatement()) {
        statement.execute(
            "CREATE TEMP TABLE " + staging + " (LIKE " + qualified(table) + ") ON COMMIT DROP");
        statement.execute(
            "ALTER TABLE " + staging + " ADD COLUMN n2o_file integer, ADD COLUMN n2o_line bigint");
      }
      long staged = 0;
      for (Path file : entry.getValue()) {
        allFiles.add(file);
        staged += stager.stage(file, allFiles.size() - 1, tableColumns, staging, staged);
      }
    }
    clear(connection, files.keySet());
    for (VocabularyTable table : files.keySet()) {
      long inserted = insertDistinct(connection, table, columns.get(table));
      rows.put(table.tableName(), inserted);
      long staged = count(connection, stagingTable(table));
      if (staged > inserted) {
        duplicates.put(table.tableName(), staged - inserted);
        listDuplicates(connection, table, allFiles, problems);
      }
    }
  }

  /** Empties the tables about to be loaded: TRUNCATE when it can, DELETE otherwise. */
  private void clear(Connection connection, java.util.Set<VocabularyTable> tables)
      throws SQLException {
    String list = tables.stream().map(this::qualified).collect(Collectors.joining(", "));
    Savepoint savepoint = connection.setSavepoint();
    try (Statement statement = connection.createStatement()) {
      statement.execute("TRUNCATE " + list);
      connection.releaseSavepoint(savepoint);
      return;
    } catch (SQLException e) {
      // e.g. other CDM tables reference these by foreign key: delete row by row instead
      log.debug("TRUNCATE of the vocabulary tables refused ({}), using DELETE", e.getMessage());
      connection.rollback(savepoint);
    }
    List<VocabularyTable> reversed = new ArrayList<>(tables);
    reversed.sort(Comparator.reverseOrder());
    try (Statement statement = connection.createStatement()) {
      for (VocabularyTable table : reversed) {
        statement.executeUpdate("DELETE FROM " + qualified(table));
      }
    }
  }

  private long insertDistinct(Connection connection, VocabularyTable table, TableColumns columns)
      throws SQLException {
    String columnList =
        columns.names().stream().map(FileStager::quote).collect(Collectors.joining(", "));
    String keys =
        table.keyColumns().stream().map(FileStager::quote).collect(Collectors.joining(", "));
    String sql =
        "INSERT INTO "
            + qualified(table)
            + " ("
            + columnList
            + ") SELECT DISTINCT ON ("
            + keys
            + ") "
            + columnList
            + " FROM "
            + stagingTable(table)
            + " ORDER BY "
            + keys
            + ", n2o_file, n2o_line";
    try (Statement statement = connection.createStatement()) {
      return statement.executeLargeUpdate(sql);
    }
  }

  private void listDuplicates(
      Connection connection, VocabularyTable table, List<Path> allFiles, ProblemLog problems)
      throws SQLException {
    String keys =
        table.keyColumns().stream().map(FileStager::quote).collect(Collectors.joining(", "));
    String keyText =
        table.keyColumns().stream()
            .map(k -> "'" + k + "=' || " + FileStager.quote(k) + "::text")
            .collect(Collectors.joining(" || ', ' || "));
    String sql =
        "SELECT n2o_file, n2o_line, first_file, first_line, key_text FROM (SELECT n2o_file,"
            + " n2o_line, "
            + keyText
            + " AS key_text, row_number() OVER w AS rn, first_value(n2o_file) OVER w AS"
            + " first_file, first_value(n2o_line) OVER w AS first_line FROM "
            + stagingTable(table)
            + " WINDOW w AS (PARTITION BY "
            + keys
            + " ORDER BY n2o_file, n2o_line)) d WHERE rn > 1 ORDER BY n2o_file, n2o_line LIMIT ?";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setInt(1, LoadReport.MAX_LISTED);
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          problems.duplicate(
              allFiles.get(rs.getInt(1))
                  + ":"
                  + rs.getLong(2)
                  + ": duplicate "
                  + rs.getString(5)
                  + " dropped, first at "
                  + allFiles.get(rs.getInt(3))
                  + ":"
                  + rs.getLong(4));
        }
      }
    }
  }

  private static long count(Connection connection, String table) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private void analyze(Connection connection, Map<VocabularyTable, List<Path>> files)
      throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (VocabularyTable table : files.keySet()) {
        statement.execute("ANALYZE " + qualified(table));
      }
    }
  }

  /** The vocabulary files of each table, in directory order; other files are reported. */
  private static Map<VocabularyTable, List<Path>> findFiles(
      List<Path> directories, ProblemLog problems) {
    Map<VocabularyTable, List<Path>> files = new EnumMap<>(VocabularyTable.class);
    for (Path directory : directories) {
      if (!Files.isDirectory(directory)) {
        throw new VocabularyLoadException(
            directory + " is not a directory: give the folder of the unzipped Athena download");
      }
      List<Path> listed;
      try (Stream<Path> stream = Files.list(directory)) {
        listed = stream.filter(Files::isRegularFile).sorted().toList();
      } catch (IOException e) {
        throw new VocabularyLoadException(directory + " cannot be listed: " + e, e);
      }
      for (Path file : listed) {
        var table = VocabularyTable.forFileName(file.getFileName().toString());
        if (table.isPresent()) {
          files.computeIfAbsent(table.get(), t -> new ArrayList<>()).add(file);
        } else if (file.getFileName()
            .toString()
            .toLowerCase(java.util.Locale.ROOT)
            .endsWith(".csv")) {
          problems.warning(file + ": not a vocabulary table, not loaded");
        }
      }
    }
    return files;
  }

  private String qualified(VocabularyTable table) {
    return schema + "." + table.tableName();
  }

  private static String stagingTable(VocabularyTable table) {
    return "n2o_stage_" + table.tableName();
  }

  /** Malformed rows, duplicates and warnings, listed up to a cap and counted. */
  private static final class ProblemLog implements FileStager.Problems {
    final List<String> badRows = new ArrayList<>();
    long badRowCount;
    final List<String> duplicates = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    @Override
    public void badRow(String where, String reason) {
      badRowCount++;
      if (badRows.size() < LoadReport.MAX_LISTED) {
        badRows.add(where + ": " + reason);
      }
      log.warn("skipped malformed vocabulary row {}: {}", where, reason);
    }

    @Override
    public void warning(String message) {
      warnings.add(message);
      log.warn("{}", message);
    }

    void duplicate(String message) {
      if (duplicates.size() < LoadReport.MAX_LISTED) {
        duplicates.add(message);
      }
    }
  }
}
