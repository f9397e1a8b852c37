package dev.notes2omop.omop.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.util.Objects;
import java.util.regex.Pattern;

/** Connection pools to PostgreSQL. */
public final class DataSources {

  /** Connections of one pool: the writers use one per note being written. */
  public static final int DEFAULT_POOL_SIZE = 4;

  private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)([?&]password=)[^&]*");

  private DataSources() {}

  /**
   * A small pool of connections to {@code jdbcUrl}, checked by opening one connection now.
   *
   * <p>The returned pool is {@link AutoCloseable}: close it when done. Batched INSERTs are
   * rewritten into multi-row INSERTs ({@code reWriteBatchedInserts}) unless the URL says otherwise.
   *
   * @param jdbcUrl a {@code jdbc:postgresql:} URL
   * @param user the user, or {@code null} to take it from the URL
   * @param password the password, or {@code null} to take it from the URL
   * @throws DatabaseUnavailableException when the database cannot be reached
   */
  public static HikariDataSource fromUrl(String jdbcUrl, String user, String password) {
    return fromUrl(jdbcUrl, user, password, DEFAULT_POOL_SIZE);
  }

  /** As {@link #fromUrl(String, String, String)} with a pool of {@code poolSize} connections. */
  public static HikariDataSource fromUrl(
      String jdbcUrl, String user, String password, int poolSize) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException(
          "'"
              + redact(jdbcUrl)
              + "' is not a PostgreSQL JDBC URL: give one like"
              + " jdbc:postgresql://host:5432/database");
    }
    if (poolSize < 1) {
      throw new IllegalArgumentException("pool size must be at least 1, not " + poolSize);
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    if (user != null) {
      config.setUsername(user);
    }
    if (password != null) {
      config.setPassword(password);
    }
    config.setMaximumPoolSize(poolSize);
    config.setMinimumIdle(1);
    config.setPoolName("notes2omop-db");
    config.setConnectionTimeout(10_000);
    config.addDataSourceProperty("reWriteBatchedInserts", "true");
    config.addDataSourceProperty("ApplicationName", "notes2omop");
    try {
      return new HikariDataSource(config);
    } catch (HikariPool.PoolInitializationException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new DatabaseUnavailableException(
          "cannot connect to PostgreSQL at "
              + redact(jdbcUrl)
              + (user == null ? "" : " as user '" + user + "'")
              + ": "
              + cause.getMessage()
              + ". Check that the server is running and that the URL, user and password are right",
          e);
    }
  }

  /** {@code jdbcUrl} without the value of a {@code password} parameter, for messages and logs. */
  public static String redact(String jdbcUrl) {
    return jdbcUrl == null ? null : PASSWORD_PARAMETER.matcher(jdbcUrl).replaceAll("$1***");
  }
}
