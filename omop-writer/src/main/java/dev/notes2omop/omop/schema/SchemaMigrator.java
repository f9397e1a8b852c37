package dev.notes2omop.omop.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.UpdateSummaryEnum;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.changelog.ChangeLogParameters;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DatabaseChangelogCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates or updates the notes2omop schema with Liquibase: the 39 OMOP CDM v5.4 tables in the CDM
 * schema (a table that already exists is kept and checked), and our own tables and sequences.
 * Running it again on an up-to-date database changes nothing. Concurrent runs against the same
 * database wait for each other.
 */
public final class SchemaMigrator {

  /** The master changelog on the classpath. Parameters: {@code cdmSchema}, {@code ownSchema}. */
  public static final String CHANGELOG = "db/changelog/notes2omop-master.xml";

  private static final Logger log = LoggerFactory.getLogger(SchemaMigrator.class);

  /** The advisory lock key that serialises migrations ("n2omop" in ASCII). */
  private static final long MIGRATION_LOCK = 0x6e326f6d6f70L;

  /** Each sequence of ours and the CDM table and id it numbers. */
  private static final Map<String, String[]> SEQUENCES = new LinkedHashMap<>();

  static {
    SEQUENCES.put("person_id_seq", new String[] {"person", "person_id"});
    SEQUENCES.put("note_id_seq", new String[] {"note", "note_id"});
    SEQUENCES.put("note_nlp_id_seq", new String[] {"note_nlp", "note_nlp_id"});
    SEQUENCES.put(
        "condition_occurrence_id_seq",
        new String[] {"condition_occurrence", "condition_occurrence_id"});
    SEQUENCES.put("drug_exposure_id_seq", new String[] {"drug_exposure", "drug_exposure_id"});
    SEQUENCES.put("measurement_id_seq", new String[] {"measurement", "measurement_id"});
  }

  private SchemaMigrator() {}

  /**
   * Brings the database's schemas up to date.
   *
   * @throws SchemaException when the database cannot be reached, an existing CDM table does not
   *     match CDM v5.4, or the migration fails
   */
  public static void migrate(DataSource dataSource, SchemaNames names) {
    Objects.requireNonNull(dataSource, "dataSource");
    Objects.requireNonNull(names, "names");
    try (Connection connection = connect(dataSource)) {
      connection.setAutoCommit(true);
      try (Statement statement = connection.createStatement()) {
        statement.execute("SELECT pg_advisory_lock(" + MIGRATION_LOCK + ")");
      }
      try {
        createSchemas(connection, names);
        runLiquibase(connection, names);
        connection.setAutoCommit(true);
        List<String> problems = CdmSchemaCheck.problems(connection, names.cdm());
        if (!problems.isEmpty()) {
          throw new SchemaException(
              "the existing CDM schema '"
                  + names.cdm()
                  + "' does not match OMOP CDM v5.4 ("
                  + problems.size()
                  + " problems): "
                  + String.join("; ", problems.subList(0, Math.min(20, problems.size())))
                  + (problems.size() > 20 ? "; ..." : "")
                  + ". Fix those tables, or use another CDM schema and let notes2omop create it");
        }
        alignSequences(connection, names);
      } finally {
        try (Statement statement = connection.createStatement()) {
          statement.execute("SELECT pg_advisory_unlock(" + MIGRATION_LOCK + ")");
        }
      }
    } catch (SQLException e) {
      throw new SchemaException(
          "the migration of schemas '"
              + names.cdm()
              + "' and '"
              + names.own()
              + "' failed: "
              + e.getMessage(),
          e);
    }
    log.info("Schemas '{}' (CDM v5.4) and '{}' are up to date", names.cdm(), names.own());
  }

  private static Connection connect(DataSource dataSource) {
    try {
      return dataSource.getConnection();
    } catch (SQLException e) {
      throw new SchemaException(
          "cannot connect to the database to migrate its schema: "
              + e.getMessage()
              + ". Check that PostgreSQL is running and the JDBC URL, user and password",
          e);
    }
  }

  private static void createSchemas(Connection connection, SchemaNames names) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA IF NOT EXISTS " + names.cdm());
      statement.execute("CREATE SCHEMA IF NOT EXISTS " + names.own());
    }
  }

  private static void runLiquibase(Connection connection, SchemaNames names) {
    Map<String, Object> scope = new LinkedHashMap<>();
    scope.put(
        Scope.Attr.resourceAccessor.name(),
        new ClassLoaderResourceAccessor(SchemaMigrator.class.getClassLoader()));
    scope.put(Scope.Attr.ui.name(), new LoggerUIService());
    scope.put(AnalyticsArgs.ENABLED.getKey(), Boolean.FALSE);
    try {
      Scope.child(
          scope,
          () -> {
            Database database =
                DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            database.setDefaultSchemaName(names.own());
            database.setLiquibaseSchemaName(names.own());
            ChangeLogParameters parameters = new ChangeLogParameters(database);
            parameters.set("cdmSchema", names.cdm());
            parameters.set("ownSchema", names.own());
            new CommandScope(UpdateCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                .addArgumentValue(DatabaseChangelogCommandStep.CHANGELOG_PARAMETERS, parameters)
                .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY, UpdateSummaryEnum.OFF)
                .addArgumentValue(
                    ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                .execute();
          });
    } catch (Exception e) {
      throw new SchemaException(
          "the Liquibase migration of schemas '"
              + names.cdm()
              + "' and '"
              + names.own()
              + "' failed: "
              + e.getMessage()
              + ". The database is left as the failed change set found it; fix the cause and run"
              + " the migration again",
          e);
    }
  }

  /**
   * Moves each id sequence past the largest id already in its CDM table, so that a CDM that already
   * holds rows (or rows written by another tool) gets no duplicate ids.
   */
  private static void alignSequences(Connection connection, SchemaNames names) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (Map.Entry<String, String[]> sequence : SEQUENCES.entrySet()) {
        String seq = names.ownObject(sequence.getKey());
        String table = names.cdmTable(sequence.getValue()[0]);
        String id = sequence.getValue()[1];
        statement.execute(
            "SELECT setval('"
                + seq
                + "', m) FROM (SELECT max("
                + id
                + ") AS m FROM "
                + table
                + ") x WHERE m IS NOT NULL AND m >= (SELECT CASE WHEN is_called THEN last_value"
                + " + 1 ELSE last_value END FROM "
                + seq
                + ")");
      }
    }
  }
}
