package dev.notes2omop.omop.schema;

/**
 * The database cannot be used as it is: unreachable, a CDM schema that does not match CDM v5.4, or
 * a migration that failed. The message says what was wrong and what to do.
 */
public class SchemaException extends RuntimeException {

  public SchemaException(String message) {
    super(message);
  }

  public SchemaException(String message, Throwable cause) {
    super(message, cause);
  }
}
