package dev.notes2omop.plugin.review;

import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.omop.review.Rederived;
import dev.notes2omop.omop.review.TermKey;
import dev.notes2omop.omop.review.TermRederiver;
import dev.notes2omop.omop.review.TermSummary;
import dev.notes2omop.omop.schema.SchemaNames;
import dev.notes2omop.vocab.review.DecisionRequest;
import dev.notes2omop.vocab.review.DecisionStore;
import dev.notes2omop.vocab.review.Equivalence;
import dev.notes2omop.vocab.review.ReviewException;
import dev.notes2omop.vocab.review.ReviewSettings;
import dev.notes2omop.vocab.review.ReviewStatus;
import dev.notes2omop.vocab.review.StewardOverrides;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a steward's decision about a term, in one transaction: the decision table and {@code
 * SOURCE_TO_CONCEPT_MAP} (earlier approved targets of the term become {@code IGNORED}), every
 * NOTE_NLP row of the term and its derived rows ({@link TermRederiver}), the term's summary row,
 * its review state and history, and for "not an entity" its training records. A form that saw an
 * older state of the term (stale, or another steward deciding at the same time) is refused; so is
 * an unknown or non-standard concept. The same decision twice changes nothing.
 */
final class ReviewDecisions {

  private static final Logger log = LoggerFactory.getLogger(ReviewDecisions.class);

  /** "Not an entity" makes at most this many training records. */
  static final int NOT_ENTITY_RECORDS = 20;

  /** Longest comment kept. */
  static final int MAX_COMMENT = 2000;

  private final DataSource dataSource;
  private final SchemaNames names;
  private final String sourceVocabularyId;
  private final DecisionStore store;
  private final TermRederiver rederiver;
  private final TermSummary summary;
  private final CorrectionRecords records;
  private final StewardOverrides overrides;

  ReviewDecisions(ReviewSite site, CorrectionRecords records) {
    this.dataSource = site.dataSource();
    this.names = site.schemas();
    this.sourceVocabularyId = site.sourceVocabularyId();
    this.store =
        new DecisionStore(
            dataSource, new ReviewSettings(names.cdm(), names.own(), sourceVocabularyId));
    this.rederiver = new TermRederiver(names);
    this.summary = new TermSummary(names);
    this.records = records;
    this.overrides = site.overrides();
  }

  /** The state before a decision. */
  private record Before(String state, int conceptId, int version, String term) {}

  DecisionOutcome decide(DecisionForm form, String user) {
    long started = System.nanoTime();
    DecisionOutcome outcome;
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        outcome = decide(c, form, user);
        c.commit();
      } catch (RefusedException e) {
        c.rollback();
        return new DecisionOutcome.Refused(e.getMessage());
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new ReviewFailure("cannot record the decision: " + e.getMessage(), e);
    }
    if (outcome instanceof DecisionOutcome.Applied applied) {
      log.info(
          "decision {}: {} NOTE_NLP rows, derived {} updated, {} removed, {} inserted, committed"
              + " in {} ms",
          applied.state(),
          applied.rows().mentions(),
          applied.rows().updated(),
          applied.rows().removed(),
          applied.rows().inserted(),
          (System.nanoTime() - started) / 1_000_000);
      if (overrides != null) {
        overrides.refresh();
      }
    }
    return outcome;
  }

  private DecisionOutcome decide(Connection c, DecisionForm form, String user) throws SQLException {
    TermKey key = form.term();
    lock(c, key);
    Before before = before(c, key);
    if (form.expectedVersion() != null && form.expectedVersion() != before.version()) {
      throw new RefusedException(
          "this term was decided by someone else since you opened it (now: "
              + before.state().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
              + "): nothing was changed; reload the page to see the decision");
    }
    int conceptId =
        switch (form.kind()) {
          case APPROVE -> {
            if (before.conceptId() == 0) {
              throw new RefusedException(
                  "there is no concept to approve: remap the term, or decide no concept");
            }
            yield before.conceptId();
          }
          case REMAP -> {
            if (form.conceptId() <= 0) {
              throw new RefusedException("choose the concept to remap to (a concept id)");
            }
            yield form.conceptId();
          }
          case NO_CONCEPT, NOT_ENTITY -> 0;
        };
    String state =
        switch (form.kind()) {
          case APPROVE -> "APPROVED";
          case REMAP ->
              conceptId != before.conceptId()
                  ? "REMAPPED"
                  : before.state().equals("REMAPPED") ? "REMAPPED" : "APPROVED";
          case NO_CONCEPT -> "NO_CONCEPT";
          case NOT_ENTITY -> "NOT_ENTITY";
        };
    Equivalence equivalence =
        conceptId == 0
            ? Equivalence.UNMATCHED
            : form.equivalence() == null ? Equivalence.EQUAL : form.equivalence();
    String comment = comment(form.comment(), form.kind());
    String domain = EntityLabel.parse(key.label()).domainId();
    List<DecisionRequest> requests = new ArrayList<>();
    for (int earlier : approvedTargets(c, key, domain, conceptId)) {
      requests.add(
          DecisionRequest.of(
              before.term(),
              domain,
              earlier,
              ReviewStatus.IGNORED,
              Equivalence.UNMATCHED,
              user,
              "replaced on the review page"));
    }
    requests.add(
        DecisionRequest.of(
            before.term(), domain, conceptId, ReviewStatus.APPROVED, equivalence, user, comment));
    List<DecisionStore.Recorded> recorded;
    try {
      recorded = store.recordAll(c, requests);
    } catch (ReviewException e) {
      if (e.reason() == ReviewException.Reason.DATABASE) {
        throw e;
      }
      throw new RefusedException(e.getMessage());
    }
    Rederived rows = rederiver.rederive(c, key, conceptId, domainOf(c, conceptId));
    summary.decided(c, key, conceptId);
    boolean storeUnchanged =
        recorded.stream().allMatch(r -> r.outcome() == DecisionStore.Outcome.UNCHANGED);
    if (storeUnchanged && rows.total() == 0 && state.equals(before.state())) {
      return new DecisionOutcome.Unchanged();
    }
    saveState(c, key, state, conceptId, before, user, equivalence, comment, rows);
    if (form.kind() == DecisionKind.NOT_ENTITY) {
      records.notAnEntity(c, mentionIds(c, key), user);
    }
    return new DecisionOutcome.Applied(state, conceptId, rows);
  }

  private static String comment(String comment, DecisionKind kind) {
    String c = comment == null || comment.isBlank() ? null : comment.strip();
    if (c != null && c.length() > MAX_COMMENT) {
      c = c.substring(0, MAX_COMMENT);
    }
    if (kind == DecisionKind.NOT_ENTITY) {
      return c == null ? "not an entity" : "not an entity: " + c;
    }
    return c;
  }

  /** Serialises decisions on one term (two stewards at once: the second sees the first). */
  private static void lock(Connection c, TermKey key) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?, 14))")) {
      s.setString(1, key.label() + "|" + key.foldedKey());
      s.executeQuery().close();
    }
  }

  private Before before(Connection c, TermKey key) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT t.concept_id, t.term, coalesce(r.state, 'UNDECIDED'), coalesce(r.version, 0)"
                + " FROM "
                + names.ownObject("review_term")
                + " t LEFT JOIN "
                + names.ownObject("term_review")
                + " r ON r.folded_key = t.folded_key AND r.label = t.label"
                + " WHERE t.folded_key = ? AND t.label = ?")) {
      s.setString(1, key.foldedKey());
      s.setString(2, key.label());
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw new RefusedException(
              "this term is not in the term list (yet): reload the list and choose it there");
        }
        return new Before(rs.getString(3), rs.getInt(1), rs.getInt(4), rs.getString(2));
      }
    }
  }

  private List<Integer> approvedTargets(Connection c, TermKey key, String domain, int except)
      throws SQLException {
    List<Integer> targets = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT target_concept_id FROM "
                + names.ownObject("mapping_decision")
                + " WHERE source_vocabulary_id = ? AND folded_key = ? AND mention_domain = ?"
                + " AND status = 'APPROVED' AND target_concept_id <> ? ORDER BY 1")) {
      s.setString(1, sourceVocabularyId);
      s.setString(2, key.foldedKey());
      s.setString(3, domain);
      s.setInt(4, except);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          targets.add(rs.getInt(1));
        }
      }
    }
    return targets;
  }

  private String domainOf(Connection c, int conceptId) throws SQLException {
    if (conceptId == 0) {
      return null;
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT domain_id FROM " + names.cdmTable("concept") + " WHERE concept_id = ?")) {
      s.setInt(1, conceptId);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private void saveState(
      Connection c,
      TermKey key,
      String state,
      int conceptId,
      Before before,
      String user,
      Equivalence equivalence,
      String comment,
      Rederived rows)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO "
                + names.ownObject("term_review")
                + " (folded_key, label, state, concept_id, version, decided_by, decided_at)"
                + " VALUES (?, ?, ?, ?, 1, ?, now()) ON CONFLICT (folded_key, label) DO UPDATE"
                + " SET state = EXCLUDED.state, concept_id = EXCLUDED.concept_id,"
                + " version = term_review.version + 1, decided_by = EXCLUDED.decided_by,"
                + " decided_at = EXCLUDED.decided_at")) {
      s.setString(1, key.foldedKey());
      s.setString(2, key.label());
      s.setString(3, state);
      s.setInt(4, conceptId);
      s.setString(5, user);
      s.executeUpdate();
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO "
                + names.ownObject("term_review_history")
                + " (folded_key, label, state, concept_id, previous_state, previous_concept_id,"
                + " equivalence, comment, decided_by, decided_at, rows_changed)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, now(), ?)")) {
      s.setString(1, key.foldedKey());
      s.setString(2, key.label());
      s.setString(3, state);
      s.setInt(4, conceptId);
      s.setString(5, before.state().equals("UNDECIDED") ? null : before.state());
      s.setInt(6, before.conceptId());
      s.setString(7, equivalence.name());
      s.setString(8, comment);
      s.setString(9, user);
      s.setInt(10, rows.total());
      s.executeUpdate();
    }
  }

  private List<Long> mentionIds(Connection c, TermKey key) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT note_nlp_id FROM "
                + names.ownObject("nlp_mention")
                + " WHERE folded_key = ? AND label = ? ORDER BY note_nlp_id LIMIT ?")) {
      s.setString(1, key.foldedKey());
      s.setString(2, key.label());
      s.setInt(3, NOT_ENTITY_RECORDS);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
    }
    return ids;
  }
}
