package dev.notes2omop.vocab.review;

import dev.notes2omop.core.mapping.ConceptMatch;
import dev.notes2omop.core.mapping.MatchType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads approved overrides and their fingerprint; all values are bound. */
final class OverrideQueries {

  private static final String CONCEPT_COLUMNS =
      "c.concept_id, c.concept_name, c.domain_id, c.vocabulary_id, c.concept_code";

  private final ReviewSettings settings;
  private final String decisions;
  private final String stcm;
  private final String concept;

  OverrideQueries(ReviewSettings settings) {
    this.settings = settings;
    this.decisions = settings.ownSchema() + ".mapping_decision";
    this.stcm = settings.cdmSchema() + ".source_to_concept_map";
    this.concept = settings.cdmSchema() + ".concept";
  }

  /** The result of a load: overrides by source code, and site rows that had to be skipped. */
  record Loaded(Map<String, List<OverrideEntry>> byCode, int skippedSiteRows) {}

  Loaded load(Connection c) throws SQLException {
    Map<String, List<OverrideEntry>> byCode = new HashMap<>();
    String reviewed =
        "SELECT d.source_code, d.source_term, d.mention_domain, d.target_concept_id,"
            + " coalesce(d.status_set_on, d.updated_at), "
            + CONCEPT_COLUMNS
            + " FROM "
            + decisions
            + " d LEFT JOIN "
            + concept
            + " c ON c.concept_id = d.target_concept_id AND d.target_concept_id <> 0"
            + " AND c.standard_concept = 'S'"
            + " WHERE d.source_vocabulary_id = ? AND d.status = 'APPROVED'";
    try (PreparedStatement s = c.prepareStatement(reviewed)) {
      s.setString(1, settings.sourceVocabularyId());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          if (rs.getInt(4) != 0 && rs.getObject(6) == null) {
            continue; // the concept left the vocabulary after approval
          }
          OverrideEntry o =
              new OverrideEntry(
                  rs.getString(2), rs.getString(3), match(rs, 4, 6), instant(rs, 5), true);
          byCode.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(o);
        }
      }
    }
    String site =
        "SELECT s.source_code, coalesce(s.source_code_description, s.source_code),"
            + " s.target_concept_id, s.valid_start_date, "
            + CONCEPT_COLUMNS
            + " FROM "
            + stcm
            + " s LEFT JOIN "
            + concept
            + " c ON c.concept_id = s.target_concept_id AND s.target_concept_id <> 0"
            + " AND c.standard_concept = 'S'"
            + " WHERE s.source_vocabulary_id = ? AND s.invalid_reason IS NULL"
            + " AND current_date BETWEEN s.valid_start_date AND s.valid_end_date"
            + " AND NOT EXISTS (SELECT 1 FROM "
            + decisions
            + " d WHERE d.source_vocabulary_id = s.source_vocabulary_id"
            + " AND d.source_code = s.source_code AND d.target_concept_id = s.target_concept_id)";
    int skipped = 0;
    try (PreparedStatement s = c.prepareStatement(site)) {
      s.setString(1, settings.sourceVocabularyId());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          if (rs.getInt(3) != 0 && rs.getObject(5) == null) {
            skipped++;
            continue;
          }
          OverrideEntry o =
              new OverrideEntry(
                  rs.getString(2),
                  null,
                  match(rs, 3, 5),
                  rs.getDate(4).toLocalDate().atStartOfDay().toInstant(ZoneOffset.UTC),
                  false);
          byCode
              .computeIfAbsent(SourceCodes.normalise(rs.getString(1)), k -> new ArrayList<>())
              .add(o);
        }
      }
    }
    return new Loaded(byCode, skipped);
  }

  /** A value that changes when any decision or any of our STCM rows changes. */
  String fingerprint(Connection c) throws SQLException {
    String sql =
        "SELECT current_date::text || '|' || (SELECT count(*) || ':' || coalesce(max(updated_at)::text, '')"
            + " FROM "
            + decisions
            + " WHERE source_vocabulary_id = ?) || '|' || (SELECT count(*) || ':'"
            + " || coalesce(sum(hashtext(source_code || '|' || target_concept_id || '|'"
            + " || coalesce(source_code_description, '') || '|' || coalesce(invalid_reason, '')"
            + " || '|' || valid_start_date || '|' || valid_end_date)), 0) FROM "
            + stcm
            + " WHERE source_vocabulary_id = ?)";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, settings.sourceVocabularyId());
      s.setString(2, settings.sourceVocabularyId());
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  private static ConceptMatch match(ResultSet rs, int targetColumn, int conceptColumn)
      throws SQLException {
    if (rs.getInt(targetColumn) == 0) {
      return ConceptMatch.NONE;
    }
    return new ConceptMatch(
        rs.getInt(conceptColumn),
        rs.getString(conceptColumn + 1),
        rs.getString(conceptColumn + 2),
        rs.getString(conceptColumn + 3),
        rs.getString(conceptColumn + 4),
        0,
        1.0,
        MatchType.OVERRIDE);
  }

  private static java.time.Instant instant(ResultSet rs, int column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t.toInstant();
  }
}
