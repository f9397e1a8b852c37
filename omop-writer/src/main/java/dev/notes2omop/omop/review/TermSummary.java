package dev.notes2omop.omop.review;

import dev.notes2omop.omop.schema.SchemaNames;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Objects;

/**
 * The review page's summary of the terms, {@code review_term}: one row per (folded text, label) of
 * {@code nlp_mention} with its mention and note counts, its most frequent concept and how it was
 * chosen. Counting millions of NOTE_NLP rows takes seconds, so the page reads this table and it is
 * rebuilt when notes were written since the last rebuild (one transaction: readers see the old
 * summary until it commits); a decision updates its term's row at once.
 */
public final class TermSummary {

  private final SchemaNames names;

  public TermSummary(SchemaNames names) {
    this.names = Objects.requireNonNull(names, "names");
  }

  /** Whether notes were written or removed since the last rebuild. */
  public boolean stale(Connection c) throws SQLException {
    State now = current(c);
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT notes_seen, processed_seen FROM "
                    + names.ownObject("review_refresh")
                    + " WHERE id = 1")) {
      if (!rs.next()) {
        return true;
      }
      return rs.getLong(1) != now.notes()
          || !Objects.equals(timestamp(rs.getTimestamp(2)), now.processedAt());
    }
  }

  private record State(long notes, Instant processedAt) {}

  private State current(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT count(*), max(processed_at) FROM " + names.ownObject("processed_note"))) {
      rs.next();
      return new State(rs.getLong(1), timestamp(rs.getTimestamp(2)));
    }
  }

  private static Instant timestamp(Timestamp value) {
    return value == null ? null : value.toInstant();
  }

  /**
   * Rebuilds the summary in one transaction on {@code c} (which must not be in autocommit mode when
   * the caller wants it atomic with other work; otherwise it commits itself).
   *
   * @return the number of terms
   */
  public int rebuild(Connection c) throws SQLException {
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      State state = current(c);
      String summary = names.ownObject("review_term");
      int terms;
      try (Statement s = c.createStatement()) {
        s.execute("LOCK TABLE " + summary + " IN SHARE ROW EXCLUSIVE MODE");
        s.executeUpdate("DELETE FROM " + summary);
        terms =
            s.executeUpdate(
                "INSERT INTO "
                    + summary
                    + " (folded_key, label, term, mention_count, note_count, concept_id,"
                    + " match_type, match_score) SELECT m.folded_key, m.label,"
                    + " min(n.lexical_variant), count(*), count(DISTINCT m.note_id),"
                    + " mode() WITHIN GROUP (ORDER BY n.note_nlp_concept_id),"
                    + " mode() WITHIN GROUP (ORDER BY m.match_type), max(m.match_score) FROM "
                    + names.ownObject("nlp_mention")
                    + " m JOIN "
                    + names.cdmTable("note_nlp")
                    + " n ON n.note_nlp_id = m.note_nlp_id GROUP BY m.folded_key, m.label");
        // fresh statistics, so that the list's first pages are read through the frequency index
        s.execute("ANALYZE " + summary);
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO "
                  + names.ownObject("review_refresh")
                  + " (id, refreshed_at, notes_seen, processed_seen) VALUES (1, now(), ?, ?)"
                  + " ON CONFLICT (id) DO UPDATE SET refreshed_at = EXCLUDED.refreshed_at,"
                  + " notes_seen = EXCLUDED.notes_seen, processed_seen = EXCLUDED.processed_seen")) {
        s.setLong(1, state.notes());
        s.setTimestamp(2, state.processedAt() == null ? null : Timestamp.from(state.processedAt()));
        s.executeUpdate();
      }
      if (autoCommit) {
        c.commit();
      }
      return terms;
    } catch (SQLException | RuntimeException e) {
      if (autoCommit) {
        c.rollback();
      }
      throw e;
    } finally {
      if (autoCommit) {
        c.setAutoCommit(true);
      }
    }
  }

  /** Gives a term's summary row its decided concept, in the caller's transaction. */
  public void decided(Connection c, TermKey term, int conceptId) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE "
                + names.ownObject("review_term")
                + " SET concept_id = ?, match_type = 'OVERRIDE', match_score = 1"
                + " WHERE folded_key = ? AND label = ?")) {
      s.setInt(1, conceptId);
      s.setString(2, term.foldedKey());
      s.setString(3, term.label());
      s.executeUpdate();
    }
  }
}
