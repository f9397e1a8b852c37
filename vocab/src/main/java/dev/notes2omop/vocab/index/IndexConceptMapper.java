package dev.notes2omop.vocab.index;

import dev.notes2omop.core.mapping.ConceptMapper;
import dev.notes2omop.core.mapping.ConceptMatch;
import dev.notes2omop.core.mapping.MappedMention;
import dev.notes2omop.core.mapping.MatchType;
import dev.notes2omop.core.nlp.DrugDose;
import dev.notes2omop.core.nlp.MeasurementValue;
import dev.notes2omop.core.nlp.Mention;
import dev.notes2omop.core.nlp.TextFolding;
import dev.notes2omop.vocab.drug.DrugSpecifier;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Maps mentions with the {@link ConceptIndex}.
 *
 * <ol>
 *   <li>A mention with a concept hint (from a dictionary tagger) that is an indexed standard
 *       concept, or maps to one, maps to it with score 1.
 *   <li>Otherwise its text's candidates are ranked ({@link CandidateRanker}): concepts of the
 *       label's domain, and of compatible domains at a penalty; context words in the note add a
 *       small bonus. The best maps if its score reaches {@link IndexMapperSettings#minScore}. It is
 *       marked broader when it is a fuzzy match whose matched text is one of the mention's heads
 *       (below), or a match through a lexicon term the lexicon marks "generalised" ({@link
 *       GeneralisedTerms}).
 *   <li>Otherwise, back-off: the mention's heads ({@link MentionHeads}: without severity, time
 *       course, laterality, type, cause and site) are tried in turn, and the first whose best
 *       candidate is of the mention's own domain and reaches {@link #BACK_OFF_MIN_SCORE} maps,
 *       marked broader ({@link ConceptMatch#broaderVia}); otherwise the answer is {@link
 *       ConceptMatch#NONE}.
 * </ol>
 *
 * <p>A drug with a dose then maps to the most specific RxNorm product that agrees with it ({@link
 * DrugSpecifier}). A measurement's unit maps to its UCUM concept, its operator to the {@code Meas
 * Value Operator} concept and a qualitative result to its {@code Meas Value} concept; a drug's
 * route to its {@code Route} concept. Thread-safe; closing it closes the index.
 */
public final class IndexConceptMapper implements ConceptMapper, AutoCloseable {

  /** How far, in characters, the note is read on each side of a mention for context words. */
  static final int CONTEXT_CHARS = 200;

  /** How deep a hinted concept is looked for among its text's candidates, for its match type. */
  static final int HINT_DEPTH = 10;

  /**
   * A hidden system property for benchmarks only: when set, {@link #open} uses it as the cache size
   * ({@code 0}: no cache), so that a list of terms given twice measures the uncached search with a
   * warm JIT. Read nowhere else.
   */
  static final String CACHE_SIZE_PROPERTY = "notes2omop.index.cache-size";

  /**
   * The least score of a head's candidate for a back-off answer: higher than {@link
   * IndexMapperSettings#minScore}, since a head is short and a broader concept is a loss. Chosen
   * before measuring, not tuned; on the mapping test set the wrong-answer share of the issue-4
   * terms is unchanged with it (see {@code docs/rich-rows.md}).
   */
  public static final double BACK_OFF_MIN_SCORE = 0.9;

  /** The domains whose mentions may map uphill. */
  private static final Set<String> BACK_OFF_DOMAINS =
      Set.of("Condition", "Procedure", "Measurement", "Observation");

  private final ConceptIndex index;
  private final IndexMapperSettings settings;
  private final CandidateRanker ranker;
  private final DrugSpecifier drugs;

  /** What a hint answer depends on: the hint, the mention's folded text and its domain. */
  private record HintKey(int hint, String textKey, String domain) {}

  private final LruCache<HintKey, Optional<ConceptMatch>> hints;

  public IndexConceptMapper(ConceptIndex index, IndexMapperSettings settings) {
    this.index = Objects.requireNonNull(index, "index");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.ranker = new CandidateRanker(index, settings);
    this.drugs = new DrugSpecifier(index.drugs());
    this.hints = new LruCache<>(settings.cacheSize());
  }

  /**
   * Opens (building when needed) the index in {@code directory} and a mapper with the default
   * settings.
   */
  public static IndexConceptMapper open(
      IndexSource source, Path directory, BuildProgress progress) {
    IndexMapperSettings settings = IndexMapperSettings.defaults();
    Integer cacheSize = Integer.getInteger(CACHE_SIZE_PROPERTY);
    if (cacheSize != null) {
      settings = settings.withCacheSize(cacheSize);
    }
    return new IndexConceptMapper(ConceptIndex.open(source, directory, progress), settings);
  }

  /** The index this mapper reads. */
  public ConceptIndex index() {
    return index;
  }

  @Override
  public MappedMention map(Mention mention) {
    return map(mention, (String) null);
  }

  @Override
  public MappedMention map(Mention mention, String noteText) {
    ConceptMatch match =
        cachedHint(mention)
            .orElseGet(
                () ->
                    choose(
                        mention.text(),
                        mention.label().domainId(),
                        contextStems(mention, noteText)));
    if (match.isMapped() && !match.isBroader() && index.generalised().contains(mention.text())) {
      match = match.asBroaderVia(mention.text());
    }
    int unit = 0;
    int operator = 0;
    int valueConcept = 0;
    MeasurementValue value = mention.value();
    if (value != null) {
      unit = value.unit() == null ? 0 : index.measurement().unit(value.unit()).orElse(0);
      operator = index.measurement().operator(value.operator()).orElse(0);
      valueConcept = index.measurement().measValue(value.qualitative()).orElse(0);
    }
    int route = 0;
    DrugDose dose = mention.dose();
    if (dose != null) {
      match = drugs.refine(match, mention);
      route = index.measurement().route(dose.route()).orElse(0);
    }
    return new MappedMention(mention, match, unit, operator, valueConcept, route);
  }

  /**
   * The candidates for {@code term}, best first, whatever their score.
   *
   * @param domainOrNull the domain wanted (compatible domains are included at a penalty), or {@code
   *     null} for any domain, units included
   * @param limit at most this many
   */
  public List<Candidate> candidates(String term, String domainOrNull, int limit) {
    Objects.requireNonNull(term, "term");
    if (limit < 1) {
      throw new IllegalArgumentException("limit is " + limit + ": give 1 or more");
    }
    return ranker.rank(term, domainOrNull, Set.of(), limit);
  }

  /** The best candidate for {@code term} if it reaches the threshold, else {@code NONE}. */
  public ConceptMatch best(String term, String domainOrNull) {
    Objects.requireNonNull(term, "term");
    return choose(term, domainOrNull, Set.of());
  }

  /** The settings in use. */
  public IndexMapperSettings settings() {
    return settings;
  }

  private ConceptMatch choose(String text, String domain, Set<String> context) {
    List<Candidate> top = ranker.rank(text, domain, context, 1);
    boolean backOff = domain != null && BACK_OFF_DOMAINS.contains(domain);
    if (!top.isEmpty() && top.get(0).score() >= settings.minScore()) {
      Candidate best = top.get(0);
      if (index.generalised().contains(best.matchedText())) {
        return best.toMatch().asBroaderVia(best.matchedText());
      }
      if (backOff && best.matchType() == MatchType.FUZZY && best.matchedText() != null) {
        // a fuzzy match on the mention's head alone ("neumonía" for "neumonía neumocócica") is
        // the head's concept: broader than the mention, and marked so
        String matched = TextFolding.key(best.matchedText());
        for (String head : MentionHeads.of(text)) {
          if (TextFolding.key(head).equals(matched)) {
            return best.toMatch().asBroaderVia(head);
          }
        }
      }
      return best.toMatch();
    }
    if (!backOff) {
      return ConceptMatch.NONE;
    }
    for (String head : MentionHeads.of(text)) {
      List<Candidate> broader = ranker.rank(head, domain, context, 1);
      if (!broader.isEmpty()
          && domain.equals(broader.get(0).domainId())
          && broader.get(0).score() >= BACK_OFF_MIN_SCORE) {
        return broader.get(0).toMatch().asBroaderVia(head);
      }
    }
    return ConceptMatch.NONE;
  }

  /** {@link #byHint}, answered from the cache when the same hint, text and domain came before. */
  private Optional<ConceptMatch> cachedHint(Mention mention) {
    if (mention.conceptHint() == 0) {
      return Optional.empty();
    }
    HintKey key =
        new HintKey(
            mention.conceptHint(), TextFolding.key(mention.text()), mention.label().domainId());
    Optional<ConceptMatch> answer = hints.get(key);
    if (answer == null) {
      answer = byHint(mention);
      hints.put(key, answer);
    }
    return answer;
  }

  private Optional<ConceptMatch> byHint(Mention mention) {
    if (mention.conceptHint() == 0) {
      return Optional.empty();
    }
    Optional<IndexedText> standard = index.standardOf(mention.conceptHint());
    if (standard.isEmpty()
        || DomainRouting.factor(
                mention.label().domainId(), standard.get().concept().domainId(), 1.0)
            == 0) {
      return Optional.empty();
    }
    IndexedText hit = standard.get();
    int source = hit.concept().conceptId() == mention.conceptHint() ? 0 : mention.conceptHint();
    // how the text names the hinted concept, when it is one of its indexed texts; else the
    // tagger's own dictionary match, reported as EXACT as DictionaryConceptMapper does
    // (the exact tier holds every non-fuzzy candidate, and in the concept's own domain they all
    // rank before any fuzzy one, so its first ten are the full ranking's)
    String domain = hit.concept().domainId();
    MatchType type = MatchType.EXACT;
    List<Candidate> ranked =
        ranker
            .exactCandidates(mention.text(), domain, HINT_DEPTH)
            .orElseGet(() -> ranker.rank(mention.text(), domain, Set.of(), HINT_DEPTH));
    for (Candidate c : ranked) {
      if (c.conceptId() == hit.concept().conceptId() && c.matchType() != MatchType.FUZZY) {
        type = c.matchType();
        break;
      }
    }
    StandardConcept concept = hit.concept();
    return Optional.of(
        new ConceptMatch(
            concept.conceptId(),
            concept.conceptName(),
            concept.domainId(),
            concept.vocabularyId(),
            concept.conceptCode(),
            source,
            1.0,
            type));
  }

  /**
   * The stems of up to {@link IndexMapperSettings#contextWindow} words (stop words excluded) on
   * each side of the mention in the note, without the mention's own.
   */
  /** The stems of the words around the mention; empty without a note. */
  private Set<String> contextStems(Mention mention, String noteText) {
    int window = settings.contextWindow();
    if (noteText == null || window == 0 || mention.end() > noteText.length()) {
      return Set.of();
    }
    ClinicalAnalysis analysis = index.analysis();
    List<String> before =
        analysis.stemmedTokens(
            noteText.substring(Math.max(0, mention.start() - CONTEXT_CHARS), mention.start()));
    List<String> after =
        analysis.stemmedTokens(
            noteText.substring(
                mention.end(), Math.min(noteText.length(), mention.end() + CONTEXT_CHARS)));
    Set<String> context = new LinkedHashSet<>();
    context.addAll(before.subList(Math.max(0, before.size() - window), before.size()));
    context.addAll(after.subList(0, Math.min(window, after.size())));
    context.removeAll(analysis.stemmedTokens(mention.text()));
    return context;
  }

  @Override
  public void close() {
    index.close();
  }
}
