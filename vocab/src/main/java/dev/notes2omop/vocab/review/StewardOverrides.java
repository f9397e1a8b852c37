package dev.notes2omop.vocab.review;

import dev.notes2omop.core.mapping.ConceptMatch;
import dev.notes2omop.core.nlp.TextFolding;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The approved overrides in memory: the review table's approved decisions and the rows a site wrote
 * into {@code SOURCE_TO_CONCEPT_MAP} under our {@code source_vocabulary_id} (current, valid, with a
 * standard target, and about no (code, target) the review table holds).
 *
 * <p>A term is found by its folded key. Decisions for the mention's domain come first, then
 * decisions for any domain. Among decisions at the same level: one whose concept is in the
 * mention's domain (or "no concept") first, then the newest, then a reviewed one before a site's
 * row, then the smallest concept id.
 *
 * <p>{@link #find} looks at the database at most every {@code checkEvery} for a change (one cheap
 * query on one thread; the others keep using the current view) and reloads when it sees one; {@link
 * #refresh()} reloads at once. Thread-safe.
 */
public final class StewardOverrides {

  private static final Logger log = LoggerFactory.getLogger(StewardOverrides.class);

  /** How often {@link #find} checks for changes by default. */
  public static final Duration DEFAULT_CHECK_EVERY = Duration.ofSeconds(5);

  private record Snapshot(Map<String, List<OverrideEntry>> byCode, String fingerprint) {}

  private final DataSource dataSource;
  private final OverrideQueries queries;
  private final long checkEveryNanos;
  private final ReentrantLock checkLock = new ReentrantLock();
  private volatile Snapshot snapshot;
  private volatile long lastCheck;

  private StewardOverrides(DataSource dataSource, ReviewSettings settings, Duration checkEvery) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.queries = new OverrideQueries(Objects.requireNonNull(settings, "settings"));
    this.checkEveryNanos = checkEvery.toNanos();
  }

  /** Loads the overrides, checking for changes every {@link #DEFAULT_CHECK_EVERY}. */
  public static StewardOverrides load(DataSource dataSource, ReviewSettings settings) {
    return load(dataSource, settings, DEFAULT_CHECK_EVERY);
  }

  /**
   * Loads the overrides.
   *
   * @param checkEvery how often {@link #find} may look for changes ({@link Duration#ZERO}: every
   *     time)
   * @throws ReviewException when the database cannot be read
   */
  public static StewardOverrides load(
      DataSource dataSource, ReviewSettings settings, Duration checkEvery) {
    StewardOverrides overrides = new StewardOverrides(dataSource, settings, checkEvery);
    overrides.refresh();
    return overrides;
  }

  /**
   * The override for {@code text} in a mention of {@code mentionDomain} ({@code null}: decisions
   * for any domain only): empty when there is none, {@link ConceptMatch#NONE} for "no concept".
   */
  public Optional<ConceptMatch> find(String text, String mentionDomain) {
    checkForChanges();
    List<OverrideEntry> candidates = snapshot.byCode().get(SourceCodes.ofTerm(text));
    if (candidates == null) {
      return Optional.empty();
    }
    Optional<OverrideEntry> best = best(candidates, mentionDomain, true);
    if (best.isEmpty()) {
      best = best(candidates, mentionDomain, false);
    }
    return best.map(OverrideEntry::match);
  }

  private static Optional<OverrideEntry> best(
      List<OverrideEntry> candidates, String mentionDomain, boolean specific) {
    Comparator<OverrideEntry> order =
        Comparator.comparing((OverrideEntry o) -> !o.suits(mentionDomain))
            .thenComparing(OverrideEntry::decidedAt, Comparator.reverseOrder())
            .thenComparing(o -> !o.fromReview())
            .thenComparingInt(o -> o.match().conceptId());
    return candidates.stream()
        .filter(
            o ->
                specific
                    ? mentionDomain != null && mentionDomain.equals(o.mentionDomain())
                    : o.mentionDomain() == null)
        .min(order);
  }

  /**
   * The approved overrides with a concept, as (term, concept) pairs for the concept index: one per
   * distinct folded term and concept, in a stable order.
   */
  public List<OverrideTerm> terms() {
    checkForChanges();
    List<OverrideTerm> terms = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    snapshot.byCode().values().stream()
        .flatMap(List::stream)
        .filter(o -> o.match().isMapped())
        .sorted(
            Comparator.comparing((OverrideEntry o) -> TextFolding.key(o.term()))
                .thenComparingInt(o -> o.match().conceptId())
                .thenComparing(OverrideEntry::term))
        .forEach(
            o -> {
              if (seen.add(TextFolding.key(o.term()) + "\u0000" + o.match().conceptId())) {
                terms.add(new OverrideTerm(o.term(), o.match().conceptId()));
              }
            });
    return terms;
  }

  /** How many overrides are held. */
  public int size() {
    return snapshot.byCode().values().stream().mapToInt(List::size).sum();
  }

  /**
   * Reloads the overrides now.
   *
   * @throws ReviewException when the database cannot be read; the current view is kept
   */
  public void refresh() {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      try {
        String fingerprint = queries.fingerprint(c);
        OverrideQueries.Loaded loaded = queries.load(c);
        snapshot = new Snapshot(Map.copyOf(copy(loaded.byCode())), fingerprint);
        lastCheck = System.nanoTime();
        if (loaded.skippedSiteRows() > 0) {
          log.warn(
              "{} SOURCE_TO_CONCEPT_MAP rows skipped: their target is not a standard concept",
              loaded.skippedSiteRows());
        }
        log.debug("steward overrides loaded: {} terms", loaded.byCode().size());
      } finally {
        c.rollback();
      }
    } catch (SQLException e) {
      throw new ReviewException(
          ReviewException.Reason.DATABASE,
          "cannot read the steward overrides: " + e.getMessage() + " (is the schema migrated?)",
          e);
    }
  }

  /**
   * Reloads when a decision or one of our STCM rows changed since the last load.
   *
   * @return whether it reloaded
   */
  public boolean refreshIfChanged() {
    String current;
    try (Connection c = dataSource.getConnection()) {
      current = queries.fingerprint(c);
    } catch (SQLException e) {
      throw new ReviewException(
          ReviewException.Reason.DATABASE,
          "cannot check the steward overrides for changes: " + e.getMessage(),
          e);
    }
    lastCheck = System.nanoTime();
    if (current.equals(snapshot.fingerprint())) {
      return false;
    }
    refresh();
    return true;
  }

  private void checkForChanges() {
    if (System.nanoTime() - lastCheck < checkEveryNanos || !checkLock.tryLock()) {
      return;
    }
    try {
      if (System.nanoTime() - lastCheck >= checkEveryNanos) {
        refreshIfChanged();
      }
    } catch (ReviewException e) {
      log.warn("{}; the overrides loaded before stay in use", e.getMessage());
    } finally {
      checkLock.unlock();
    }
  }

  private static Map<String, List<OverrideEntry>> copy(Map<String, List<OverrideEntry>> byCode) {
    Map<String, List<OverrideEntry>> copy = new java.util.HashMap<>();
    byCode.forEach((code, list) -> copy.put(code, List.copyOf(list)));
    return copy;
  }
}
