package dev.notes2omop.omop.testing;

import dev.notes2omop.omop.db.EmbeddedDatabase;
import dev.notes2omop.omop.schema.SchemaMigrator;
import dev.notes2omop.omop.schema.SchemaNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Real PostgreSQL databases for tests: each call gives a new, empty database with a random name.
 *
 * <p>By default one embedded PostgreSQL per JVM serves them, started on first use in a temporary
 * directory and stopped (directory deleted) when the JVM exits. When the environment variable
 * {@code NOTES2OMOP_TEST_JDBC_URL} is set (with optional {@code NOTES2OMOP_TEST_JDBC_USER} and
 * {@code NOTES2OMOP_TEST_JDBC_PASSWORD}), the databases are created on that server instead (the
 * user needs CREATEDB) and dropped when the JVM exits.
 *
 * <p>The data sources returned are not pooled: nothing to close.
 */
public final class TestDatabase {

  public static final String URL_VARIABLE = "NOTES2OMOP_TEST_JDBC_URL";
  public static final String USER_VARIABLE = "NOTES2OMOP_TEST_JDBC_USER";
  public static final String PASSWORD_VARIABLE = "NOTES2OMOP_TEST_JDBC_PASSWORD";

  private static Server server;
  private static String migratedTemplate;

  private TestDatabase() {}

  /** A new database migrated with {@link SchemaNames#defaults()}: empty CDM and own tables. */
  public static synchronized DataSource freshDatabase() {
    Server s = server();
    if (migratedTemplate == null) {
      String template = s.createDatabase(null);
      SchemaMigrator.migrate(s.dataSource(template), SchemaNames.defaults());
      migratedTemplate = template;
    }
    return s.dataSource(s.createDatabase(migratedTemplate));
  }

  /** A new database with nothing in it (not migrated). */
  public static synchronized DataSource freshEmptyDatabase() {
    Server s = server();
    return s.dataSource(s.createDatabase(null));
  }

  private static Server server() {
    if (server == null) {
      String url = System.getenv(URL_VARIABLE);
      server =
          url == null || url.isBlank()
              ? Server.embedded()
              : new Server(url, System.getenv(USER_VARIABLE), System.getenv(PASSWORD_VARIABLE));
    }
    return server;
  }

  /** A PostgreSQL server on which test databases are created. */
  private static final class Server {
    private final String adminUrl;
    private final String user;
    private final String password;
    private final List<String> created = new ArrayList<>();
    private final boolean dropOnExit;

    Server(String adminUrl, String user, String password) {
      this(adminUrl, user, password, true);
      Runtime.getRuntime().addShutdownHook(new Thread(this::dropCreated, "test-db-cleanup"));
    }

    private Server(String adminUrl, String user, String password, boolean dropOnExit) {
      this.adminUrl = adminUrl;
      this.user = user;
      this.password = password;
      this.dropOnExit = dropOnExit;
    }

    static Server embedded() {
      try {
        Path directory = Files.createTempDirectory("notes2omop-test-pg");
        EmbeddedDatabase database = EmbeddedDatabase.start(directory.resolve("data"), 0, false);
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      database.close();
                      deleteQuietly(directory);
                    },
                    "test-db-stop"));
        return new Server(database.jdbcUrl(), null, null, false);
      } catch (IOException e) {
        throw new IllegalStateException("cannot create a directory for the test database", e);
      }
    }

    /** Creates a database with a random name, from {@code template} or template0's copy. */
    String createDatabase(String template) {
      String name = "n2o_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
      String sql =
          "CREATE DATABASE "
              + name
              + (template == null
                  ? " ENCODING 'UTF8' TEMPLATE template0"
                  : " TEMPLATE " + template);
      try (Connection c = admin().getConnection();
          Statement s = c.createStatement()) {
        s.execute(sql);
      } catch (SQLException e) {
        throw new IllegalStateException(
            "cannot create test database "
                + name
                + " on "
                + adminUrl.replaceAll("(?i)password=[^&]*", "password=***")
                + ": "
                + e.getMessage(),
            e);
      }
      created.add(name);
      return name;
    }

    DataSource dataSource(String database) {
      PGSimpleDataSource ds = base();
      ds.setDatabaseName(database);
      return ds;
    }

    private DataSource admin() {
      return base();
    }

    private PGSimpleDataSource base() {
      PGSimpleDataSource ds = new PGSimpleDataSource();
      ds.setURL(adminUrl);
      if (user != null) {
        ds.setUser(user);
      }
      if (password != null) {
        ds.setPassword(password);
      }
      ds.setReWriteBatchedInserts(true);
      return ds;
    }

    private void dropCreated() {
      if (!dropOnExit) {
        return;
      }
      try (Connection c = admin().getConnection();
          Statement s = c.createStatement()) {
        for (String name : created) {
          s.execute("DROP DATABASE IF EXISTS " + name.toLowerCase(Locale.ROOT) + " WITH (FORCE)");
        }
      } catch (SQLException e) {
        // best effort at exit: the databases have random names and can be dropped by hand
      }
    }
  }

  private static void deleteQuietly(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | RuntimeException e) {
      // best effort at exit
    }
  }

  /**
   * A JDBC URL with credentials for a database this class gave, for tests that run a command with
   * {@code --db-url}.
   */
  public static String jdbcUrl(DataSource dataSource) {
    PGSimpleDataSource pg = (PGSimpleDataSource) dataSource;
    return "jdbc:postgresql://"
        + pg.getServerNames()[0]
        + ":"
        + pg.getPortNumbers()[0]
        + "/"
        + pg.getDatabaseName()
        + "?user="
        + (pg.getUser() == null ? "postgres" : pg.getUser())
        + (pg.getPassword() == null ? "" : "&password=" + pg.getPassword());
  }
}
