package dev.notes2omop.vocab.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a live vocabulary table has besides its columns, read from the catalogue so that the table
 * built to replace it gets the same: its indexes (a site's own included), its primary key and
 * unique or exclusion constraints, its owner, privileges and comment. Column defaults, NOT NULL,
 * CHECK constraints and column comments are copied by {@code CREATE TABLE ... (LIKE ...)}.
 *
 * @param indexes indexes that do not back a constraint
 * @param constraints primary key, unique and exclusion constraints
 * @param owner the table's owner, quoted as an identifier
 * @param grants privileges granted on the table to roles other than the owner (grantees quoted)
 * @param comment the table's comment, or null
 */
record LiveTable(
    VocabularyTable table,
    List<Index> indexes,
    List<Constraint> constraints,
    String owner,
    List<Grant> grants,
    String comment) {

  /**
   * One index: its name and its definition after {@code ON table}, e.g. {@code USING btree
   * (concept_code)}.
   */
  record Index(String name, boolean unique, String definitionAfterTable) {}

  /** One constraint: its name and definition, e.g. {@code PRIMARY KEY (concept_id)}. */
  record Constraint(String name, String definition) {}

  /** One privilege; {@code grantee} null is PUBLIC. */
  record Grant(String grantee, String privilege, boolean grantable) {}

  LiveTable {
    indexes = List.copyOf(indexes);
    constraints = List.copyOf(constraints);
    grants = List.copyOf(grants);
  }

  /**
   * Reads the definition of {@code schema.table}.
   *
   * @throws VocabularyLoadException when another table references it by foreign key or a view
   *     depends on it: the table could not be replaced
   */
  static LiveTable read(Connection connection, String schema, VocabularyTable table)
      throws SQLException {
    String qualified = schema + "." + table.tableName();
    refuseDependents(connection, qualified);
    return new LiveTable(
        table,
        indexes(connection, schema, table.tableName(), qualified),
        constraints(connection, qualified),
        scalar(
            connection,
            "SELECT quote_ident(pg_get_userbyid(relowner)) FROM pg_class WHERE oid = ?::regclass",
            qualified),
        grants(connection, qualified),
        scalar(connection, "SELECT obj_description(?::regclass, 'pg_class')", qualified));
  }

  private static void refuseDependents(Connection connection, String qualified)
      throws SQLException {
    List<String> dependents = new ArrayList<>();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT 'foreign key ' || quote_ident(conname) || ' of ' || conrelid::regclass::text"
                + " FROM pg_constraint WHERE contype = 'f'"
                + " AND (confrelid = ?::regclass OR conrelid = ?::regclass)"
                + " UNION SELECT DISTINCT 'view ' || v.oid::regclass::text FROM pg_depend d"
                + " JOIN pg_rewrite r ON r.oid = d.objid JOIN pg_class v ON v.oid = r.ev_class"
                + " WHERE d.classid = 'pg_rewrite'::regclass AND d.refobjid = ?::regclass"
                + " AND v.oid <> ?::regclass ORDER BY 1")) {
      for (int i = 1; i <= 4; i++) {
        statement.setString(i, qualified);
      }
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          dependents.add(rs.getString(1));
        }
      }
    }
    if (!dependents.isEmpty()) {
      throw new VocabularyLoadException(
          qualified
              + " cannot be replaced while "
              + String.join(", ", dependents)
              + " depend on it: the load builds a new table and swaps it in. Drop them before"
              + " loading and create them again after (OMOP vocabulary tables carry no foreign"
              + " keys in notes2omop's schema)");
    }
  }

  private static List<Index> indexes(
      Connection connection, String schema, String table, String qualified) throws SQLException {
    List<Index> indexes = new ArrayList<>();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT i.relname, x.indisunique, pg_get_indexdef(x.indexrelid),"
                + " quote_ident(i.relname), quote_ident(?) || '.' || quote_ident(?)"
                + " FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid"
                + " WHERE x.indrelid = ?::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint c"
                + " WHERE c.conrelid = x.indrelid AND c.conindid = x.indexrelid)"
                + " ORDER BY i.relname")) {
      statement.setString(1, schema);
      statement.setString(2, table);
      statement.setString(3, qualified);
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          boolean unique = rs.getBoolean(2);
          String definition = rs.getString(3);
          String head = "CREATE " + (unique ? "UNIQUE " : "") + "INDEX " + rs.getString(4) + " ON ";
          String tail = afterTable(definition, head, rs.getString(5), table);
          indexes.add(new Index(rs.getString(1), unique, tail));
        }
      }
    }
    return indexes;
  }

  /** The part of {@code CREATE INDEX name ON [ONLY] [schema.]table USING ...} after the table. */
  private static String afterTable(String definition, String head, String qualified, String table) {
    if (definition.startsWith(head)) {
      String rest = definition.substring(head.length());
      if (rest.startsWith("ONLY ")) {
        rest = rest.substring(5);
      }
      for (String name : List.of(qualified + " ", table + " ")) {
        if (rest.startsWith(name)) {
          return rest.substring(name.length());
        }
      }
    }
    throw new IllegalStateException(
        "unexpected index definition from the catalogue: " + definition);
  }

  private static List<Constraint> constraints(Connection connection, String qualified)
      throws SQLException {
    List<Constraint> constraints = new ArrayList<>();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint"
                + " WHERE conrelid = ?::regclass AND contype IN ('p', 'u', 'x')"
                + " ORDER BY contype, conname")) {
      statement.setString(1, qualified);
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          constraints.add(new Constraint(rs.getString(1), rs.getString(2)));
        }
      }
    }
    return constraints;
  }

  private static List<Grant> grants(Connection connection, String qualified) throws SQLException {
    List<Grant> grants = new ArrayList<>();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT CASE WHEN a.grantee = 0 THEN NULL ELSE quote_ident(pg_get_userbyid(a.grantee)) END,"
                + " a.privilege_type, a.is_grantable FROM pg_class c,"
                + " LATERAL aclexplode(c.relacl) a WHERE c.oid = ?::regclass"
                + " AND a.grantee <> c.relowner ORDER BY 1, 2")) {
      statement.setString(1, qualified);
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          grants.add(new Grant(rs.getString(1), rs.getString(2), rs.getBoolean(3)));
        }
      }
    }
    return grants;
  }

  private static String scalar(Connection connection, String sql, String qualified)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, qualified);
      try (ResultSet rs = statement.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }
}
