package dev.notes2omop.plugin.cli;

import dev.notes2omop.omop.schema.SchemaNames;
import dev.notes2omop.plugin.runtime.DatabaseSettings;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The database options shared by every command. */
final class DatabaseOptions {

  @Option(
      names = "--db-url",
      defaultValue = "${env:NOTES2OMOP_DB_URL}",
      description =
          "JDBC URL of the CDM database (env NOTES2OMOP_DB_URL). Without it, an embedded"
              + " PostgreSQL is used.")
  String url;

  @Option(
      names = "--db-user",
      defaultValue = "${env:NOTES2OMOP_DB_USER}",
      description = "Database user (env NOTES2OMOP_DB_USER).")
  String user;

  @Option(
      names = "--db-password",
      defaultValue = "${env:NOTES2OMOP_DB_PASSWORD}",
      description = "Database password (env NOTES2OMOP_DB_PASSWORD).")
  String password;

  @Option(
      names = "--cdm-schema",
      defaultValue = "cdm",
      description = "Schema of the CDM tables (default: ${DEFAULT-VALUE}).")
  String cdmSchema;

  @Option(
      names = "--own-schema",
      defaultValue = "notes2omop",
      description = "Schema of notes2omop's own tables (default: ${DEFAULT-VALUE}).")
  String ownSchema;

  @Option(
      names = "--data-dir",
      defaultValue = "${env:NOTES2OMOP_DATA_DIR:-notes2omop-data}",
      description =
          "Where the embedded PostgreSQL keeps its data (env NOTES2OMOP_DATA_DIR, default:"
              + " ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(
      names = "--embedded-port",
      defaultValue = "54329",
      description = "Port of the embedded PostgreSQL (default: ${DEFAULT-VALUE}, 0 = any free).")
  int embeddedPort;

  DatabaseSettings settings() {
    return new DatabaseSettings(
        url,
        user,
        password,
        new SchemaNames(cdmSchema, ownSchema),
        dataDir.resolve("postgres"),
        embeddedPort);
  }
}
