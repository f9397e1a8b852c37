package dev.notes2omop.plugin.runtime;

import dev.notes2omop.omop.db.DataSources;
import dev.notes2omop.omop.db.EmbeddedDatabase;
import dev.notes2omop.omop.schema.SchemaMigrator;
import dev.notes2omop.omop.schema.SchemaNames;
import javax.sql.DataSource;

/**
 * An open CDM database with its schemas migrated: the configured server, or the embedded PostgreSQL
 * when no URL is given.
 */
public final class Database implements AutoCloseable {

  private final DataSource dataSource;
  private final SchemaNames schemas;
  private final EmbeddedDatabase embedded;
  private final String description;

  private Database(
      DataSource dataSource, SchemaNames schemas, EmbeddedDatabase embedded, String description) {
    this.dataSource = dataSource;
    this.schemas = schemas;
    this.embedded = embedded;
    this.description = description;
  }

  /** Opens (starting the embedded server if needed) and migrates the schemas. */
  public static Database open(DatabaseSettings settings) {
    EmbeddedDatabase embedded = null;
    DataSource dataSource;
    String description;
    if (settings.embedded()) {
      embedded = EmbeddedDatabase.start(settings.embeddedDirectory(), settings.embeddedPort());
      dataSource = embedded.dataSource();
      description =
          "embedded PostgreSQL on port "
              + embedded.port()
              + ", data in "
              + embedded.dataDirectory().toAbsolutePath();
    } else {
      dataSource = DataSources.fromUrl(settings.jdbcUrl(), settings.user(), settings.password());
      description = DataSources.redact(settings.jdbcUrl());
    }
    try {
      SchemaMigrator.migrate(dataSource, settings.schemas());
    } catch (RuntimeException e) {
      closeQuietly(dataSource, embedded);
      throw e;
    }
    return new Database(dataSource, settings.schemas(), embedded, description);
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /**
   * A data source whose commits do not wait for the disk, for bulk runs that can be repeated (see
   * {@link AsyncCommitDataSource}).
   */
  public DataSource asyncCommitDataSource() {
    return new AsyncCommitDataSource(dataSource);
  }

  public SchemaNames schemas() {
    return schemas;
  }

  /** The embedded server, or {@code null} when a configured server is used. */
  public EmbeddedDatabase embedded() {
    return embedded;
  }

  /** Where the database is, without credentials. */
  public String description() {
    return description;
  }

  @Override
  public void close() {
    closeQuietly(dataSource, embedded);
  }

  private static void closeQuietly(DataSource dataSource, EmbeddedDatabase embedded) {
    if (embedded == null && dataSource instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        // closing a pool on the way out: nothing left to do with the error
      }
    }
    if (embedded != null) {
      embedded.close();
    }
  }
}
