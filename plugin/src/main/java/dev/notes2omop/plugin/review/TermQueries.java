package dev.notes2omop.plugin.review;

import dev.notes2omop.core.nlp.TextFolding;
import dev.notes2omop.omop.review.TermKey;
import dev.notes2omop.omop.schema.SchemaNames;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * What the pages read: the term list (from the summary table, paged in the database), a term's
 * head, snippets and history, concepts by id. SQL is made of fixed fragments; input only ever
 * travels as parameters.
 */
final class TermQueries {

  private final DataSource dataSource;
  private final SchemaNames names;
  private final String select;

  TermQueries(DataSource dataSource, SchemaNames names) {
    this.dataSource = dataSource;
    this.names = names;
    this.select =
        "SELECT t.folded_key, t.label, t.term, t.mention_count, t.note_count, t.concept_id,"
            + " t.match_type, t.match_score, coalesce(r.state, 'UNDECIDED'),"
            + " coalesce(r.version, 0), c.concept_name, c.domain_id, c.vocabulary_id,"
            + " c.concept_code FROM "
            + names.ownObject("review_term")
            + " t LEFT JOIN "
            + names.ownObject("term_review")
            + " r ON r.folded_key = t.folded_key AND r.label = t.label LEFT JOIN "
            + names.cdmTable("concept")
            + " c ON c.concept_id = t.concept_id AND t.concept_id <> 0";
  }

  /** One page of terms, most frequent first. */
  TermPage list(TermFilter filter) {
    StringBuilder sql = new StringBuilder(select).append(" WHERE true");
    List<Object> parameters = new ArrayList<>();
    if (filter.unmapped()) {
      sql.append(" AND t.concept_id = 0");
    }
    if (filter.scoreBelow() != null) {
      sql.append(" AND t.match_type <> 'OVERRIDE' AND t.match_score < ?");
      parameters.add(filter.scoreBelow());
    }
    if (filter.domain() != null) {
      sql.append(" AND t.label = ?");
      parameters.add(filter.domain());
    }
    if (filter.state() != null) {
      if (filter.state().equals("UNDECIDED")) {
        sql.append(" AND r.state IS NULL");
      } else {
        sql.append(" AND r.state = ?");
        parameters.add(filter.state());
      }
    }
    if (filter.text() != null) {
      sql.append(" AND t.folded_key LIKE ? ESCAPE '!'");
      parameters.add("%" + likeEscaped(TextFolding.key(filter.text())) + "%");
    }
    sql.append(" ORDER BY t.mention_count DESC, t.folded_key, t.label LIMIT ? OFFSET ?");
    parameters.add(TermPage.SIZE + 1);
    parameters.add((long) filter.page() * TermPage.SIZE);
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < parameters.size(); i++) {
        s.setObject(i + 1, parameters.get(i));
      }
      List<TermRow> rows = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          rows.add(row(rs));
        }
      }
      boolean hasNext = rows.size() > TermPage.SIZE;
      if (hasNext) {
        rows.remove(rows.size() - 1);
      }
      return new TermPage(rows, filter.page(), hasNext, summarisedAt(c));
    } catch (SQLException e) {
      throw new ReviewFailure("cannot read the terms: " + e.getMessage(), e);
    }
  }

  private static String likeEscaped(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  private Instant summarisedAt(Connection c) throws SQLException {
    try (PreparedStatement s =
            c.prepareStatement(
                "SELECT refreshed_at FROM " + names.ownObject("review_refresh") + " WHERE id = 1");
        ResultSet rs = s.executeQuery()) {
      if (!rs.next()) {
        return null;
      }
      Timestamp at = rs.getTimestamp(1);
      return at == null ? null : at.toInstant();
    }
  }

  /** A term's head, if it is in the summary. */
  Optional<TermRow> term(TermKey key) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(select + " WHERE t.folded_key = ? AND t.label = ?")) {
      s.setString(1, key.foldedKey());
      s.setString(2, key.label());
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(row(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new ReviewFailure("cannot read the term: " + e.getMessage(), e);
    }
  }

  private static TermRow row(ResultSet rs) throws SQLException {
    int conceptId = rs.getInt(6);
    ConceptView concept =
        conceptId == 0
            ? ConceptView.NONE
            : new ConceptView(
                conceptId, rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14));
    return new TermRow(
        new TermKey(rs.getString(1), rs.getString(2)),
        rs.getString(3),
        rs.getInt(4),
        rs.getInt(5),
        concept,
        rs.getString(7),
        rs.getFloat(8),
        rs.getString(9),
        rs.getInt(10));
  }

  /** Up to {@code limit} mentions of the term in their context, first written first. */
  List<Snippet> snippets(TermKey key, int limit) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT n.note_nlp_id, n.note_id, n.\"offset\", n.term_modifiers, t.note_text FROM "
                    + names.ownObject("nlp_mention")
                    + " m JOIN "
                    + names.cdmTable("note_nlp")
                    + " n ON n.note_nlp_id = m.note_nlp_id JOIN "
                    + names.cdmTable("note")
                    + " t ON t.note_id = n.note_id WHERE m.folded_key = ? AND m.label = ?"
                    + " ORDER BY n.note_nlp_id LIMIT ?")) {
      s.setString(1, key.foldedKey());
      s.setString(2, key.label());
      s.setInt(3, limit);
      List<Snippet> snippets = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          int[] offset = offsets(rs.getString(3));
          String text = rs.getString(5);
          if (offset == null || offset[1] > text.length()) {
            continue;
          }
          snippets.add(
              Snippet.of(
                  rs.getLong(1), rs.getLong(2), text, offset[0], offset[1], rs.getString(4)));
        }
      }
      return snippets;
    } catch (SQLException e) {
      throw new ReviewFailure("cannot read the snippets: " + e.getMessage(), e);
    }
  }

  /** {@code start-end} as two numbers, or null when it is not that. */
  static int[] offsets(String offset) {
    if (offset == null) {
      return null;
    }
    int dash = offset.indexOf('-');
    try {
      int start = Integer.parseInt(offset.substring(0, dash));
      int end = Integer.parseInt(offset.substring(dash + 1));
      return start >= 0 && end > start ? new int[] {start, end} : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The decisions about the term, newest first. */
  List<HistoryEntry> history(TermKey key) {
    String concept = names.cdmTable("concept");
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT h.decided_by, h.decided_at, h.state, h.concept_id, a.concept_name,"
                    + " coalesce(h.previous_state, 'UNDECIDED'), h.previous_concept_id,"
                    + " b.concept_name, h.equivalence, h.comment, h.rows_changed FROM "
                    + names.ownObject("term_review_history")
                    + " h LEFT JOIN "
                    + concept
                    + " a ON a.concept_id = h.concept_id AND h.concept_id <> 0 LEFT JOIN "
                    + concept
                    + " b ON b.concept_id = h.previous_concept_id AND h.previous_concept_id <> 0"
                    + " WHERE h.folded_key = ? AND h.label = ? ORDER BY h.history_id DESC"
                    + " LIMIT 100")) {
      s.setString(1, key.foldedKey());
      s.setString(2, key.label());
      List<HistoryEntry> entries = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          entries.add(
              new HistoryEntry(
                  rs.getString(1),
                  rs.getTimestamp(2).toInstant(),
                  rs.getString(3),
                  new ConceptView(rs.getInt(4), rs.getString(5), null, null, null),
                  rs.getString(6),
                  new ConceptView(rs.getInt(7), rs.getString(8), null, null, null),
                  rs.getString(9),
                  rs.getString(10),
                  rs.getInt(11)));
        }
      }
      return entries;
    } catch (SQLException e) {
      throw new ReviewFailure("cannot read the history: " + e.getMessage(), e);
    }
  }

  /** Standard concepts whose id is {@code id}, or whose name contains {@code text}. */
  List<ConceptView> searchByName(String text, int limit) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT concept_id, concept_name, domain_id, vocabulary_id, concept_code FROM "
                    + names.cdmTable("concept")
                    + " WHERE standard_concept = 'S' AND invalid_reason IS NULL AND"
                    + " (concept_id = ? OR concept_name ILIKE ? ESCAPE '!')"
                    + " ORDER BY length(concept_name), concept_id LIMIT ?")) {
      int id;
      try {
        id = Integer.parseInt(text.strip());
      } catch (NumberFormatException e) {
        id = -1;
      }
      s.setInt(1, id);
      s.setString(2, "%" + likeEscaped(text.strip()) + "%");
      s.setInt(3, limit);
      List<ConceptView> concepts = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          concepts.add(
              new ConceptView(
                  rs.getInt(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5)));
        }
      }
      return concepts;
    } catch (SQLException e) {
      throw new ReviewFailure("cannot search concepts: " + e.getMessage(), e);
    }
  }
}
