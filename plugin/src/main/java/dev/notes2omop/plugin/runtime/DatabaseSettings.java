package dev.notes2omop.plugin.runtime;

import dev.notes2omop.omop.schema.SchemaNames;
import java.nio.file.Path;

/**
 * Where the CDM database is.
 *
 * @param jdbcUrl a JDBC URL, or {@code null} to use the embedded PostgreSQL
 * @param user the user for {@code jdbcUrl}, or {@code null}
 * @param password the password for {@code jdbcUrl}, or {@code null}
 * @param schemas the CDM schema and our own schema
 * @param embeddedDirectory where the embedded PostgreSQL keeps its data
 * @param embeddedPort the embedded PostgreSQL's port (0 picks a free one)
 */
public record DatabaseSettings(
    String jdbcUrl,
    String user,
    String password,
    SchemaNames schemas,
    Path embeddedDirectory,
    int embeddedPort) {

  /** Whether the embedded PostgreSQL is used. */
  public boolean embedded() {
    return jdbcUrl == null || jdbcUrl.isBlank();
  }
}
