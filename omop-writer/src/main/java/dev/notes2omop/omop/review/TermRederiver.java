package dev.notes2omop.omop.review;

import dev.notes2omop.omop.schema.SchemaNames;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * Makes the rows already written follow a decision about a term: every NOTE_NLP row of the term
 * gets the new concept (0 for none), and its derived row is updated in place when the concept's
 * domain keeps it in the same table, moved to the table of the new domain, or removed when the new
 * concept has no such domain (or is 0). Set-based SQL in the caller's transaction; running it twice
 * changes nothing the second time. Only mentions whose term exists ({@code term_exists = 'Y'}) have
 * derived rows, as when they are first written.
 */
public final class TermRederiver {

  /** {@code *_type_concept_id}: NLP. */
  static final int TYPE_NLP = 32858;

  /** A derived table and its columns. */
  private record Table(String domain, String table, String prefix, String dateColumns) {

    String idColumn() {
      return table + "_id";
    }

    String conceptColumn() {
      return prefix + "_concept_id";
    }
  }

  private static final List<Table> TABLES =
      List.of(
          new Table(
              "condition",
              "condition_occurrence",
              "condition",
              "condition_start_date, condition_start_datetime"),
          new Table(
              "drug",
              "drug_exposure",
              "drug",
              "drug_exposure_start_date, drug_exposure_start_datetime"),
          new Table(
              "measurement",
              "measurement",
              "measurement",
              "measurement_date, measurement_datetime"));

  private final SchemaNames names;
  private final String mention;

  public TermRederiver(SchemaNames names) {
    this.names = names;
    this.mention = names.ownObject("nlp_mention");
  }

  /**
   * Re-derives the term's rows.
   *
   * @param conceptId the new standard concept, or 0 for none
   * @param domainId the concept's {@code domain_id}, or null when 0
   */
  public Rederived rederive(Connection c, TermKey term, int conceptId, String domainId)
      throws SQLException {
    int mentions =
        update(
            c,
            "UPDATE "
                + names.cdmTable("note_nlp")
                + " n SET note_nlp_concept_id = ? FROM "
                + mention
                + " m WHERE m.note_nlp_id = n.note_nlp_id AND m.folded_key = ? AND m.label = ?"
                + " AND n.note_nlp_concept_id <> ?",
            conceptId,
            term,
            conceptId);
    update(
        c,
        "UPDATE "
            + mention
            + " SET match_type = 'OVERRIDE', match_score = 1 WHERE match_type <> 'OVERRIDE'"
            + " AND folded_key = ? AND label = ?",
        null,
        term,
        null);
    Table target = conceptId == 0 ? null : tableOf(domainId);
    int removed = 0;
    int updated = 0;
    for (Table table : TABLES) {
      if (table == target) {
        updated = updateInPlace(c, table, term, conceptId);
      } else {
        removed += remove(c, table, term);
      }
    }
    int inserted = target == null ? 0 : insertMissing(c, target, term, conceptId);
    return new Rederived(mentions, updated, removed, inserted);
  }

  private static Table tableOf(String domainId) {
    if (domainId == null) {
      return null;
    }
    String domain = domainId.trim().toLowerCase(Locale.ROOT);
    return TABLES.stream().filter(t -> t.domain().equals(domain)).findFirst().orElse(null);
  }

  private String termRows(Table table) {
    return "SELECT d.row_id FROM "
        + names.ownObject("derived_row")
        + " d JOIN "
        + mention
        + " m ON m.note_nlp_id = d.note_nlp_id WHERE m.folded_key = ? AND m.label = ?"
        + " AND d.cdm_table = '"
        + table.table()
        + "'";
  }

  private int updateInPlace(Connection c, Table table, TermKey term, int conceptId)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE "
                + names.cdmTable(table.table())
                + " SET "
                + table.conceptColumn()
                + " = ? WHERE "
                + table.idColumn()
                + " IN ("
                + termRows(table)
                + ") AND "
                + table.conceptColumn()
                + " <> ?")) {
      s.setInt(1, conceptId);
      s.setString(2, term.foldedKey());
      s.setString(3, term.label());
      s.setInt(4, conceptId);
      return s.executeUpdate();
    }
  }

  private int remove(Connection c, Table table, TermKey term) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "WITH gone AS (DELETE FROM "
                + names.ownObject("derived_row")
                + " d USING "
                + mention
                + " m WHERE d.note_nlp_id = m.note_nlp_id AND m.folded_key = ? AND m.label = ?"
                + " AND d.cdm_table = '"
                + table.table()
                + "' RETURNING d.row_id) DELETE FROM "
                + names.cdmTable(table.table())
                + " WHERE "
                + table.idColumn()
                + " IN (SELECT row_id FROM gone)")) {
      s.setString(1, term.foldedKey());
      s.setString(2, term.label());
      return s.executeUpdate();
    }
  }

  /** Derived rows for the term's existing mentions that have none, with their provenance. */
  private int insertMissing(Connection c, Table table, TermKey term, int conceptId)
      throws SQLException {
    boolean drug = table.table().equals("drug_exposure");
    String sql =
        "WITH src AS (SELECT nextval('"
            + names.ownObject(table.table() + "_id_seq")
            + "') AS row_id, n.note_nlp_id, n.note_id, t.person_id, t.note_date,"
            + " t.note_datetime, t.visit_occurrence_id, left(n.lexical_variant, 50) AS source_value,"
            + " coalesce(n.note_nlp_source_concept_id, 0) AS source_concept_id FROM "
            + names.cdmTable("note_nlp")
            + " n JOIN "
            + mention
            + " m ON m.note_nlp_id = n.note_nlp_id JOIN "
            + names.cdmTable("note")
            + " t ON t.note_id = n.note_id WHERE m.folded_key = ? AND m.label = ?"
            + " AND n.term_exists = 'Y' AND NOT EXISTS (SELECT 1 FROM "
            + names.ownObject("derived_row")
            + " d WHERE d.note_nlp_id = n.note_nlp_id)), ins AS (INSERT INTO "
            + names.cdmTable(table.table())
            + " ("
            + table.idColumn()
            + ", person_id, "
            + table.conceptColumn()
            + ", "
            + table.dateColumns()
            + ", "
            + table.prefix()
            + "_type_concept_id, visit_occurrence_id, "
            + table.prefix()
            + "_source_value, "
            + table.prefix()
            + "_source_concept_id"
            + (drug ? ", drug_exposure_end_date" : "")
            + ") SELECT row_id, person_id, ?, note_date, note_datetime, "
            + TYPE_NLP
            + ", visit_occurrence_id, source_value, source_concept_id"
            + (drug ? ", note_date" : "")
            + " FROM src) INSERT INTO "
            + names.ownObject("derived_row")
            + " (cdm_table, row_id, note_nlp_id, note_id) SELECT '"
            + table.table()
            + "', row_id, note_nlp_id, note_id FROM src";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, term.foldedKey());
      s.setString(2, term.label());
      s.setInt(3, conceptId);
      return s.executeUpdate();
    }
  }

  /** Runs {@code sql} with parameters [value?, folded key, label, value?]. */
  private static int update(Connection c, String sql, Integer before, TermKey term, Integer after)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      int i = 1;
      if (before != null) {
        s.setInt(i++, before);
      }
      s.setString(i++, term.foldedKey());
      s.setString(i++, term.label());
      if (after != null) {
        s.setInt(i, after);
      }
      return s.executeUpdate();
    }
  }
}
