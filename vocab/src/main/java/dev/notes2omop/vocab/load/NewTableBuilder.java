package dev.notes2omop.vocab.load;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the table that replaces a live vocabulary table: creates it like the live one without
 * indexes, fills it with the staged rows de-duplicated by key (first row by file and line wins),
 * makes it LOGGED, then builds every index and constraint the live table has under temporary names,
 * copies owner, privileges and comment, and analyzes it. The live table is only read from the
 * catalogue, so its readers are never blocked.
 */
final class NewTableBuilder {

  private static final Logger log = LoggerFactory.getLogger(AthenaLoader.class);

  private final Connection connection;
  private final WorkTables work;
  private final LoadProgress progress;

  NewTableBuilder(Connection connection, WorkTables work, LoadProgress progress) {
    this.connection = connection;
    this.work = work;
    this.progress = progress;
  }

  /** Creates the empty UNLOGGED staging table: the live table's columns plus file and line. */
  void createStage(VocabularyTable table) throws SQLException {
    execute(
        "CREATE UNLOGGED TABLE "
            + work.stage(table)
            + " (LIKE "
            + work.live(table)
            + ", n2o_file integer NOT NULL, n2o_line bigint NOT NULL)");
  }

  /**
   * Fills the new table from the staging table, one row per key.
   *
   * @return the rows in the new table
   */
  long deduplicate(VocabularyTable table, TableColumns columns) throws SQLException {
    phase("de-duplicating " + upper(table));
    execute(
        "CREATE UNLOGGED TABLE "
            + work.fresh(table)
            + " (LIKE "
            + work.live(table)
            + " INCLUDING ALL EXCLUDING INDEXES)");
    String columnList =
        columns.names().stream().map(FileStager::quote).collect(Collectors.joining(", "));
    String keys = keys(table);
    long rows =
        update(
            "INSERT INTO "
                + work.fresh(table)
                + " ("
                + columnList
                + ") SELECT DISTINCT ON ("
                + keys
                + ") "
                + columnList
                + " FROM "
                + work.stage(table)
                + " ORDER BY "
                + keys
                + ", n2o_file, n2o_line");
    // before any index exists: SET LOGGED rewrites the table and would rebuild its indexes
    phase("writing " + upper(table) + " to the write-ahead log");
    execute("ALTER TABLE " + work.fresh(table) + " SET LOGGED");
    return rows;
  }

  /** Lists the first dropped duplicates of the staging table with file and line of both rows. */
  void listDuplicates(VocabularyTable table, List<Path> allFiles, ProblemLog problems)
      throws SQLException {
    if (problems.duplicateListFull()) {
      return;
    }
    phase("listing duplicates of " + upper(table));
    String keys = keys(table);
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
            + work.stage(table)
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

  void dropStage(VocabularyTable table) throws SQLException {
    execute("DROP TABLE IF EXISTS " + work.stage(table));
  }

  /**
   * Builds on the new table every constraint and index of the live one, under temporary names, and
   * copies owner, privileges and comment; then analyzes it.
   *
   * @return the temporary name of each index and constraint, to rename after the swap
   */
  Renames finish(LiveTable live) throws SQLException {
    VocabularyTable table = live.table();
    Renames renames = new Renames(table);
    int ordinal = 0;
    for (LiveTable.Constraint constraint : live.constraints()) {
      String temporary = work.freshIndexName(table, ++ordinal);
      phase("indexing " + upper(table) + " (" + constraint.name() + ")");
      build(
          constraint.name(),
          table,
          "ALTER TABLE "
              + work.fresh(table)
              + " ADD CONSTRAINT "
              + temporary
              + " "
              + constraint.definition());
      renames.constraints.add(new Rename(temporary, constraint.name()));
    }
    for (LiveTable.Index index : live.indexes()) {
      String temporary = work.freshIndexName(table, ++ordinal);
      phase("indexing " + upper(table) + " (" + index.name() + ")");
      build(
          index.name(),
          table,
          "CREATE "
              + (index.unique() ? "UNIQUE " : "")
              + "INDEX "
              + temporary
              + " ON "
              + work.fresh(table)
              + " "
              + index.definitionAfterTable());
      renames.indexes.add(new Rename(temporary, index.name()));
    }
    execute("ALTER TABLE " + work.fresh(table) + " OWNER TO " + live.owner());
    for (LiveTable.Grant grant : live.grants()) {
      execute(
          "GRANT "
              + grant.privilege()
              + " ON TABLE "
              + work.fresh(table)
              + " TO "
              + (grant.grantee() == null ? "PUBLIC" : grant.grantee())
              + (grant.grantable() ? " WITH GRANT OPTION" : ""));
    }
    if (live.comment() != null) {
      try (PreparedStatement statement =
          connection.prepareStatement(
              "SELECT format('COMMENT ON TABLE %s IS %L', ?::text, ?::text)")) {
        statement.setString(1, work.fresh(table));
        statement.setString(2, live.comment());
        try (ResultSet rs = statement.executeQuery()) {
          rs.next();
          execute(rs.getString(1));
        }
      }
    }
    phase("analyzing " + upper(table));
    execute("ANALYZE " + work.fresh(table));
    log.debug("built {} with {} indexes and constraints", work.fresh(table), ordinal);
    return renames;
  }

  /** A temporary index or constraint name and the live name it takes after the swap. */
  record Rename(String temporary, String original) {}

  /** The renames of one table. */
  static final class Renames {
    final VocabularyTable table;
    final java.util.List<Rename> constraints = new java.util.ArrayList<>();
    final java.util.List<Rename> indexes = new java.util.ArrayList<>();

    Renames(VocabularyTable table) {
      this.table = table;
    }
  }

  private void phase(String phase) {
    log.info("vocabulary load: {}", phase);
    progress.onPhase(phase);
  }

  private static String upper(VocabularyTable table) {
    return table.tableName().toUpperCase(java.util.Locale.ROOT);
  }

  private static String keys(VocabularyTable table) {
    return table.keyColumns().stream().map(FileStager::quote).collect(Collectors.joining(", "));
  }

  /** Builds one index or constraint; a failure names the live index it copies. */
  private void build(String original, VocabularyTable table, String sql) {
    try {
      execute(sql);
    } catch (SQLException e) {
      throw new VocabularyLoadException(
          "the new "
              + table.tableName()
              + " table cannot get the index or constraint "
              + original
              + " that the live table has: "
              + e.getMessage()
              + " (the vocabulary was left as it was)",
          e);
    }
  }

  private void execute(String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private long update(String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      return statement.executeLargeUpdate(sql);
    }
  }
}
