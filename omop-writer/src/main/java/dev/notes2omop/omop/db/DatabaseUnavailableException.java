package dev.notes2omop.omop.db;

/**
 * The database could not be reached or refused the connection. The message names the JDBC URL
 * (never the password) and says what to check.
 */
public class DatabaseUnavailableException extends RuntimeException {

  public DatabaseUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
