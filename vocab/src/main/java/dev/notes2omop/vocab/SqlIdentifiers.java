package dev.notes2omop.vocab;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Validates the one thing that is ever put into SQL text by this module: a schema name from
 * configuration. Everything else goes through bind parameters.
 */
public final class SqlIdentifiers {

  private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

  private SqlIdentifiers() {}

  /**
   * Returns {@code schema} in lower case when it is a plain SQL identifier (letters, digits,
   * underscore, not starting with a digit, at most 63 characters).
   *
   * @throws IllegalArgumentException when it is not
   */
  public static String schema(String schema) {
    if (schema == null) {
      throw new IllegalArgumentException("the CDM schema name is not set: give e.g. 'cdm'");
    }
    String lower = schema.strip().toLowerCase(Locale.ROOT);
    if (!IDENTIFIER.matcher(lower).matches()) {
      throw new IllegalArgumentException(
          "invalid schema name '"
              + schema
              + "': use letters, digits and '_' only, not starting with a digit (e.g. 'cdm')");
    }
    return lower;
  }
}
