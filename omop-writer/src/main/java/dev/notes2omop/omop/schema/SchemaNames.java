package dev.notes2omop.omop.schema;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The two PostgreSQL schemas notes2omop writes to: the OMOP CDM tables, and its own tables
 * (processed notes, provenance, persons, parked notes, sequences).
 *
 * <p>Both names are validated as plain, lower-case SQL identifiers, because they are the one thing
 * written into SQL text rather than passed as parameters.
 *
 * @param cdm the schema of the OMOP CDM tables
 * @param own the schema of notes2omop's own tables
 */
public record SchemaNames(String cdm, String own) {

  private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

  /** PostgreSQL's reserved key words that cannot be a schema name without quotes. */
  private static final Set<String> RESERVED =
      Set.of(
          "all",
          "analyse",
          "analyze",
          "and",
          "any",
          "array",
          "as",
          "asc",
          "asymmetric",
          "both",
          "case",
          "cast",
          "check",
          "collate",
          "column",
          "constraint",
          "create",
          "current_catalog",
          "current_date",
          "current_role",
          "current_time",
          "current_timestamp",
          "current_user",
          "default",
          "deferrable",
          "desc",
          "distinct",
          "do",
          "else",
          "end",
          "except",
          "false",
          "fetch",
          "for",
          "foreign",
          "from",
          "grant",
          "group",
          "having",
          "in",
          "initially",
          "intersect",
          "into",
          "lateral",
          "leading",
          "limit",
          "localtime",
          "localtimestamp",
          "not",
          "null",
          "offset",
          "on",
          "only",
          "or",
          "order",
          "placing",
          "primary",
          "references",
          "returning",
          "select",
          "session_user",
          "some",
          "symmetric",
          "system_user",
          "table",
          "then",
          "to",
          "trailing",
          "true",
          "union",
          "unique",
          "user",
          "using",
          "variadic",
          "when",
          "where",
          "window",
          "with");

  public SchemaNames {
    cdm = validate("CDM schema", cdm);
    own = validate("notes2omop schema", own);
  }

  /** {@code cdm} for the CDM tables and {@code notes2omop} for ours. */
  public static SchemaNames defaults() {
    return new SchemaNames("cdm", "notes2omop");
  }

  /** {@code schema.table} of a CDM table, for SQL text; {@code table} must be a constant. */
  public String cdmTable(String table) {
    return cdm + "." + table;
  }

  /** {@code schema.name} of one of our tables or sequences, for SQL text. */
  public String ownObject(String name) {
    return own + "." + name;
  }

  private static String validate(String what, String name) {
    Objects.requireNonNull(name, what + " name");
    if (!IDENTIFIER.matcher(name).matches()) {
      throw new IllegalArgumentException(
          what
              + " name '"
              + name
              + "' is not a plain SQL identifier: use lower-case letters, digits and '_', starting"
              + " with a letter or '_', at most 63 characters");
    }
    if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException(
          what + " name '" + name + "' is a reserved SQL key word: choose another name");
    }
    return name;
  }
}
