package dev.notes2omop.plugin.report;

import dev.notes2omop.omop.schema.SchemaNames;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * What the NOTE_NLP table holds: mentions per domain of their concept and per assertion, and the
 * most frequent unmapped terms. Read from the database, so that it describes every run so far.
 *
 * @param mentionsByDomain mentions per concept domain ({@code unmapped} for concept 0)
 * @param mentionsByAssertion mentions per assertion (affirmed, negated, possible, family, ...)
 * @param topUnmapped the most frequent unmapped terms, lower case, with their counts
 */
public record NlpSummary(
    Map<String, Long> mentionsByDomain,
    Map<String, Long> mentionsByAssertion,
    Map<String, Long> topUnmapped) {

  /** Reads the summary of {@code schemas.cdm()}. */
  public static NlpSummary read(DataSource dataSource, SchemaNames schemas, int unmappedLimit)
      throws SQLException {
    String cdm = schemas.cdm();
    try (Connection connection = dataSource.getConnection()) {
      Map<String, Long> byDomain =
          query(
              connection,
              "select coalesce(c.domain_id, 'unmapped') as k, count(*) as n from "
                  + cdm
                  + ".note_nlp n left join "
                  + cdm
                  + ".concept c on c.concept_id = n.note_nlp_concept_id and n.note_nlp_concept_id"
                  + " <> 0 group by 1 order by 2 desc, 1",
              Integer.MAX_VALUE);
      Map<String, Long> byAssertion =
          query(
              connection,
              "select case"
                  + " when term_modifiers like '%negated=true%' then 'negated'"
                  + " when term_modifiers like '%subject=family%' then 'family'"
                  + " when term_modifiers like '%certainty=possible%' then 'possible'"
                  + " when term_modifiers like '%hypothetical=true%' then 'hypothetical'"
                  + " when term_modifiers like '%temporal=past%' then 'history'"
                  + " else 'affirmed' end as k, count(*) as n from "
                  + cdm
                  + ".note_nlp group by 1 order by 2 desc, 1",
              Integer.MAX_VALUE);
      Map<String, Long> unmapped =
          query(
              connection,
              "select lower(lexical_variant) as k, count(*) as n from "
                  + cdm
                  + ".note_nlp where coalesce(note_nlp_concept_id, 0) = 0"
                  + " group by 1 order by 2 desc, 1",
              unmappedLimit);
      return new NlpSummary(byDomain, byAssertion, unmapped);
    }
  }

  private static Map<String, Long> query(Connection connection, String sql, int limit)
      throws SQLException {
    Map<String, Long> result = new LinkedHashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next() && result.size() < limit) {
        result.put(rows.getString("k"), rows.getLong("n"));
      }
    }
    return result;
  }
}
