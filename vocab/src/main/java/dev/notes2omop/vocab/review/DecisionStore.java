package dev.notes2omop.vocab.review;

import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.core.nlp.TextFolding;
import dev.notes2omop.vocab.Concept;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records stewards' decisions. Each call runs in one transaction that writes the review table and
 * rewrites the matching {@code SOURCE_TO_CONCEPT_MAP} row, so the two never disagree: an approved
 * decision has its row, any other has none. Target concepts are checked first: they must exist and
 * be standard. Thread-safe.
 */
public final class DecisionStore {

  private static final Logger log = LoggerFactory.getLogger(DecisionStore.class);

  /** The longest name of a person the table keeps. */
  static final int NAME_LENGTH = 255;

  /** What recording a decision did. */
  public enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED
  }

  /** A recorded decision and what recording it did. */
  public record Recorded(Decision decision, Outcome outcome) {}

  private final DataSource dataSource;
  private final ReviewSettings settings;
  private final DecisionRows rows;
  private final SourceToConceptMapSync stcm;
  private final Clock clock;

  public DecisionStore(DataSource dataSource, ReviewSettings settings) {
    this(dataSource, settings, Clock.systemUTC());
  }

  DecisionStore(DataSource dataSource, ReviewSettings settings, Clock clock) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.rows = new DecisionRows(settings.ownSchema());
    this.stcm = new SourceToConceptMapSync(settings.cdmSchema(), settings.ownSchema());
    this.clock = clock;
  }

  public ReviewSettings settings() {
    return settings;
  }

  /**
   * Approves {@code conceptId} for {@code term} (in {@code mentionDomain}, or any domain when
   * {@code null}); 0 records the decision that no concept fits.
   */
  public Decision approve(
      String term,
      String mentionDomain,
      int conceptId,
      Equivalence equivalence,
      String reviewer,
      String comment) {
    return record(
            DecisionRequest.of(
                term,
                mentionDomain,
                conceptId,
                ReviewStatus.APPROVED,
                equivalence,
                reviewer,
                comment))
        .decision();
  }

  /** Records the approved decision that no concept fits {@code term}. */
  public Decision approveNoConcept(
      String term, String mentionDomain, String reviewer, String comment) {
    return approve(term, mentionDomain, 0, Equivalence.UNMATCHED, reviewer, comment);
  }

  /** Rejects {@code conceptId} for {@code term}: status IGNORED, no longer an override. */
  public Decision reject(
      String term, String mentionDomain, int conceptId, String reviewer, String comment) {
    return record(
            DecisionRequest.of(
                term,
                mentionDomain,
                conceptId,
                ReviewStatus.IGNORED,
                Equivalence.UNMATCHED,
                reviewer,
                comment))
        .decision();
  }

  /** Records one decision. */
  public Recorded record(DecisionRequest request) {
    return recordAll(List.of(request)).get(0);
  }

  /**
   * Records several decisions in one transaction: all or none.
   *
   * @throws ReviewException for the first request that cannot be recorded; nothing is written
   */
  public List<Recorded> recordAll(List<DecisionRequest> requests) {
    List<Normalised> normalised = new ArrayList<>(requests.size());
    for (DecisionRequest request : requests) {
      normalised.add(normalise(request));
    }
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        List<Recorded> recorded = write(c, normalised);
        c.commit();
        log.debug("recorded {} decisions", recorded.size());
        return recorded;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw databaseError(e);
    }
  }

  /**
   * Records several decisions in the caller's transaction on {@code c} (not committed here), so
   * that other writes can share it: the review page re-derives the rows in the same transaction.
   *
   * @throws ReviewException for the first request that cannot be recorded
   */
  public List<Recorded> recordAll(Connection c, List<DecisionRequest> requests) {
    List<Normalised> normalised = new ArrayList<>(requests.size());
    for (DecisionRequest request : requests) {
      normalised.add(normalise(request));
    }
    try {
      return write(c, normalised);
    } catch (SQLException e) {
      throw databaseError(e);
    }
  }

  private ReviewException databaseError(SQLException e) {
    return new ReviewException(
        ReviewException.Reason.DATABASE,
        "cannot record decisions in "
            + settings.ownSchema()
            + ".mapping_decision: "
            + e.getMessage()
            + " (is the schema migrated?)",
        e);
  }

  private List<Recorded> write(Connection c, List<Normalised> normalised) throws SQLException {
    TargetConcepts targets =
        TargetConcepts.read(
            c,
            settings.cdmSchema(),
            normalised.stream().map(n -> n.request.targetConceptId()).toList());
    for (Normalised n : normalised) {
      Optional<String> problem = targets.problem(n.request.targetConceptId());
      if (problem.isPresent()) {
        throw new ReviewException(
            targets.isMissing(n.request.targetConceptId())
                ? ReviewException.Reason.UNKNOWN_CONCEPT
                : ReviewException.Reason.NON_STANDARD_CONCEPT,
            "cannot record '" + n.request.term() + "': " + problem.get());
      }
    }
    List<Recorded> recorded = new ArrayList<>(normalised.size());
    for (Normalised n : normalised) {
      recorded.add(write(c, n, targets));
    }
    return recorded;
  }

  /**
   * Checks a request without recording it.
   *
   * @throws ReviewException ({@code INVALID_REQUEST}) saying what is wrong with it
   */
  public void validate(DecisionRequest request) {
    normalise(request);
  }

  /** What is wrong with each of {@code conceptIds} as a target; absent ids are fine. */
  public Map<Integer, String> targetProblems(Collection<Integer> conceptIds) {
    TargetConcepts targets = readTargets(conceptIds);
    Map<Integer, String> problems = new HashMap<>();
    for (int id : conceptIds) {
      targets.problem(id).ifPresent(p -> problems.put(id, p));
    }
    return problems;
  }

  /** The concepts with these ids that exist. */
  public Map<Integer, Concept> targetConcepts(Collection<Integer> conceptIds) {
    TargetConcepts targets = readTargets(conceptIds);
    Map<Integer, Concept> concepts = new HashMap<>();
    for (int id : conceptIds) {
      targets.concept(id).ifPresent(c -> concepts.put(id, c));
    }
    return concepts;
  }

  private TargetConcepts readTargets(Collection<Integer> conceptIds) {
    try (Connection c = dataSource.getConnection()) {
      return TargetConcepts.read(c, settings.cdmSchema(), conceptIds);
    } catch (SQLException e) {
      throw new ReviewException(
          ReviewException.Reason.DATABASE,
          "cannot read " + settings.cdmSchema() + ".concept: " + e.getMessage(),
          e);
    }
  }

  /** The decisions, all ({@code status} null) or those with {@code status}, in export order. */
  public List<Decision> list(ReviewStatus status) {
    try (Connection c = dataSource.getConnection()) {
      return rows.list(c, settings.sourceVocabularyId(), status);
    } catch (SQLException e) {
      throw readError(e);
    }
  }

  /** The decisions about {@code term} (any domain, any target). */
  public List<Decision> forTerm(String term) {
    try (Connection c = dataSource.getConnection()) {
      return rows.byCode(c, settings.sourceVocabularyId(), SourceCodes.ofTerm(term));
    } catch (SQLException e) {
      throw readError(e);
    }
  }

  private ReviewException readError(SQLException e) {
    return new ReviewException(
        ReviewException.Reason.DATABASE,
        "cannot read " + settings.ownSchema() + ".mapping_decision: " + e.getMessage(),
        e);
  }

  private Recorded write(Connection c, Normalised n, TargetConcepts targets) throws SQLException {
    DecisionRequest r = n.request;
    String vocabulary = settings.sourceVocabularyId();
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    for (int attempt = 0; attempt < 2; attempt++) {
      Optional<Decision> existing = rows.lock(c, vocabulary, n.code, n.domain, n.target());
      Decision wanted = merge(n, existing.orElse(null), now);
      if (existing.isEmpty()) {
        if (!rows.insert(c, wanted)) {
          continue; // inserted by another transaction meanwhile: update it instead
        }
      } else if (sameDecision(existing.get(), wanted)) {
        return new Recorded(existing.get(), Outcome.UNCHANGED);
      } else {
        rows.update(c, wanted);
      }
      String targetVocabulary =
          targets
              .concept(n.target())
              .map(Concept::vocabularyId)
              .orElse(SourceToConceptMapSync.NO_CONCEPT_VOCABULARY);
      stcm.sync(c, vocabulary, n.code, n.target(), targetVocabulary);
      Decision saved = rows.lock(c, vocabulary, n.code, n.domain, n.target()).orElseThrow();
      return new Recorded(saved, existing.isEmpty() ? Outcome.CREATED : Outcome.UPDATED);
    }
    throw new IllegalStateException("decision for '" + r.term() + "' vanished while recording");
  }

  /** The row to write: the request's fields, with who and when filled in. */
  private Decision merge(Normalised n, Decision existing, Instant now) {
    DecisionRequest r = n.request;
    String setBy = r.statusSetBy();
    Instant setOn = r.statusSetOn();
    boolean sameStatus = existing != null && existing.status() == r.status();
    if (setBy == null && setOn == null) {
      if (sameStatus) {
        setBy = existing.statusSetBy();
        setOn = existing.statusSetOn();
      } else if (r.status().isHumanDecision()) {
        setBy = r.actor();
        setOn = now;
      }
    }
    return new Decision(
        existing == null ? 0 : existing.decisionId(),
        settings.sourceVocabularyId(),
        n.code,
        n.key,
        r.term().strip(),
        n.domain,
        r.targetConceptId(),
        r.status(),
        r.equivalence(),
        r.targetType(),
        n.score,
        setBy,
        setOn,
        blankToNull(r.comment()),
        blankToNull(r.assignedReviewer()),
        existing != null
            ? existing.createdBy()
            : (r.createdBy() == null ? r.actor() : r.createdBy()),
        existing != null ? existing.createdOn() : (r.createdOn() == null ? now : r.createdOn()),
        null);
  }

  private static boolean sameDecision(Decision a, Decision b) {
    return a.term().equals(b.term())
        && a.foldedKey().equals(b.foldedKey())
        && a.status() == b.status()
        && a.equivalence() == b.equivalence()
        && a.targetType() == b.targetType()
        && Double.compare(a.matchScore(), b.matchScore()) == 0
        && Objects.equals(a.statusSetBy(), b.statusSetBy())
        && Objects.equals(a.statusSetOn(), b.statusSetOn())
        && Objects.equals(a.comment(), b.comment())
        && Objects.equals(a.assignedReviewer(), b.assignedReviewer());
  }

  /** A request checked, with its key, code, domain and score worked out. */
  private record Normalised(
      DecisionRequest request, String key, String code, String domain, double score) {
    int target() {
      return request.targetConceptId();
    }
  }

  private static Normalised normalise(DecisionRequest r) {
    String key = TextFolding.key(r.term());
    if (key.isEmpty()) {
      throw invalid("the term '" + r.term() + "' has no letters or digits: nothing to map");
    }
    String domain = mentionDomain(r.mentionDomain());
    if (r.targetConceptId() < 0) {
      throw invalid("target concept id " + r.targetConceptId() + " is negative");
    }
    if (r.targetConceptId() == 0 && !r.status().isHumanDecision()) {
      throw invalid(
          "'"
              + r.term()
              + "' has no target concept and status "
              + r.status()
              + ": a decision without a concept must be APPROVED (no concept fits), FLAGGED or"
              + " IGNORED");
    }
    double score = r.matchScore();
    if (!(score >= 0 && score <= 1)) {
      throw invalid("match score " + score + " of '" + r.term() + "' is not between 0 and 1");
    }
    score = Math.round(score * 10_000) / 10_000.0;
    checkName("actor", r.actor());
    checkName("statusSetBy", r.statusSetBy());
    checkName("createdBy", r.createdBy());
    checkName("assignedReviewer", r.assignedReviewer());
    if (r.actor().isBlank()) {
      throw invalid("who is making the decision is not set: give the reviewer's name");
    }
    return new Normalised(r, key, SourceCodes.ofKey(key), domain, score);
  }

  /** The canonical domain id of a mention domain, {@code null} for blank. */
  static String mentionDomain(String domain) {
    if (domain == null || domain.isBlank()) {
      return null;
    }
    return EntityLabel.fromDomain(domain)
        .map(EntityLabel::domainId)
        .orElseThrow(
            () ->
                invalid(
                    "unknown mention domain '"
                        + domain
                        + "': use Condition, Drug, Measurement, Procedure or none"));
  }

  private static void checkName(String field, String value) {
    if (value != null && value.length() > NAME_LENGTH) {
      throw invalid(field + " has " + value.length() + " characters, at most 255 are kept");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static ReviewException invalid(String message) {
    return new ReviewException(ReviewException.Reason.INVALID_REQUEST, message);
  }
}
