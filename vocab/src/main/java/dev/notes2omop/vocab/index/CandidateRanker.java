package dev.notes2omop.vocab.index;

import dev.notes2omop.core.mapping.MatchType;
import dev.notes2omop.core.nlp.TextFolding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Ranks the concepts a text may name, in tiers:
 *
 * <ol>
 *   <li>the cache ({@link LruCache}) of context-free rankings;
 *   <li>for the best answer only: the exact tier, every document whose key is the text's or one of
 *       its abbreviation expansions' in the searched domains. It answers when its best candidate
 *       beats any fuzzy score ({@link TermSimilarity#FUZZY_CEILING}, plus the context bonus);
 *   <li>the full search: the top K documents of the text and of each of its expansions (exact key,
 *       stems, rarest grams), each scored with {@link TermSimilarity} times the domain factor (and
 *       the abbreviation factor for an expansion), the best document kept per concept.
 * </ol>
 *
 * Context words then add their bonus ({@link ContextBonus}). Every tier gives the answer the full
 * search would. Thread-safe.
 */
final class CandidateRanker {

  /** Candidates a full search leaves in the cache. */
  static final int CACHE_DEPTH = 16;

  /** The exact tier gives way to the full search past this many exact documents. */
  static final int EXACT_CAP = 256;

  private record Variant(String text, String key, double factor, boolean expanded) {}

  private final ConceptIndex index;
  private final IndexMapperSettings settings;
  private final TermSimilarity similarity;
  private final ContextBonus contextBonus;

  /**
   * What a ranking depends on: the text's {@link dev.notes2omop.core.nlp.TextFolding#key} (its
   * abbreviation variants come from it) and folded words (its stems and grams), and the domain.
   */
  record CacheKey(String key, List<String> folded, String domain) {}

  private final LruCache<CacheKey, Ranking> cache;

  CandidateRanker(ConceptIndex index, IndexMapperSettings settings) {
    this.index = index;
    this.settings = settings;
    this.similarity = new TermSimilarity(index.analysis());
    this.contextBonus = new ContextBonus(similarity, settings);
    this.cache = new LruCache<>(settings.cacheSize());
  }

  /**
   * @param domain the mention's domain, or {@code null} for any
   * @param context stems of the words around the mention (may be empty)
   */
  List<Candidate> rank(String text, String domain, Set<String> context, int limit) {
    TermSimilarity.Analysed original = similarity.analyse(text);
    UnaryOperator<ScoredCandidate> withContext = contextOf(original, context);
    CacheKey key = new CacheKey(original.key(), original.folded(), domain);
    Ranking cached = cache.get(key);
    if (cached != null) {
      Optional<List<Candidate>> top = top(cached, limit, withContext);
      if (top.isPresent()) {
        return top.get();
      }
    }
    List<Variant> variants = variants(text, original.key());
    if (limit == 1) {
      Optional<Ranking> exact = exactTier(variants, domain);
      Optional<List<Candidate>> top = exact.flatMap(r -> top(r, limit, withContext));
      if (top.isPresent()) {
        cache.put(key, exact.get());
        return top.get();
      }
    }
    List<ScoredCandidate> all = fullSearch(original, variants, domain);
    Ranking head = Ranking.head(all, CACHE_DEPTH);
    cache.put(key, head);
    return top(head, limit, withContext)
        .orElseGet(() -> top(Ranking.head(all, all.size()), limit, withContext).orElseThrow());
  }

  /**
   * The candidates of the exact tier, best first, at most {@code limit}: the texts, in {@code
   * domain} and its compatible domains, whose key equals the text's or an expansion's. Empty when
   * there are too many exact documents to read them all.
   */
  Optional<List<Candidate>> exactCandidates(String text, String domain, int limit) {
    return exactTier(variants(text, TextFolding.key(text)), domain)
        .map(r -> r.scored().stream().limit(limit).map(s -> read(s).answer()).toList());
  }

  /** Adds the context bonus; {@code null} without context. */
  private UnaryOperator<ScoredCandidate> contextOf(
      TermSimilarity.Analysed original, Set<String> context) {
    if (context.isEmpty()) {
      return null;
    }
    Set<String> queryStems = new HashSet<>(original.stems());
    return s ->
        s.raw() < settings.minScore() ? s : contextBonus.apply(read(s), context, queryStems);
  }

  private Optional<List<Candidate>> top(
      Ranking ranking, int limit, UnaryOperator<ScoredCandidate> context) {
    return ranking.top(limit, context, this::read, settings.minScore(), settings.maxContextBonus());
  }

  private Optional<Ranking> exactTier(List<Variant> variants, String domain) {
    Map<String, Variant> byKey = new LinkedHashMap<>();
    for (Variant v : variants) {
      if (!v.key().isEmpty()) {
        byKey.putIfAbsent(v.key(), v);
      }
    }
    if (byKey.isEmpty()) {
      return Optional.empty();
    }
    Set<String> domains = domain == null ? null : DomainRouting.searched(domain);
    Optional<List<IndexHit>> hits =
        index.searchAll(LuceneQueries.exact(byKey.keySet(), domains), EXACT_CAP);
    if (hits.isEmpty()) {
      return Optional.empty();
    }
    Map<Integer, ScoredCandidate> best = new LinkedHashMap<>();
    for (IndexHit hit : hits.get()) {
      Variant variant = byKey.get(hit.key());
      double score = TermSimilarity.exactScore(hit.type()) * variant.factor() * factor(domain, hit);
      keep(best, hit, score, matchType(variant, hit));
    }
    return Optional.of(
        new Ranking(sorted(best), TermSimilarity.FUZZY_CEILING * maxFactor(variants), false));
  }

  private List<ScoredCandidate> fullSearch(
      TermSimilarity.Analysed original, List<Variant> variants, String domain) {
    Set<String> domains = domain == null ? null : DomainRouting.searched(domain);
    Map<Integer, ScoredCandidate> best = new LinkedHashMap<>();
    for (Variant variant : variants) {
      TermSimilarity.Analysed query =
          variant.expanded() ? similarity.analyse(variant.text()) : original;
      if (query.key().isEmpty()) {
        continue;
      }
      List<String> grams = index.rarest(IndexFields.GRAMS, query.grams(), LuceneQueries.MAX_GRAMS);
      for (IndexHit hit :
          index.searchDisjunction(
              LuceneQueries.of(query, grams), domains, settings.retrieveTopK())) {
        double score = TermSimilarity.score(query, hit) * variant.factor() * factor(domain, hit);
        if (score > 0) {
          MatchType type =
              query.key().equals(hit.key()) ? matchType(variant, hit) : MatchType.FUZZY;
          keep(best, hit, score, type);
        }
      }
    }
    return sorted(best);
  }

  private double factor(String domain, IndexHit hit) {
    return DomainRouting.factor(domain, hit.domainId(), settings.compatibleDomainFactor());
  }

  private static void keep(
      Map<Integer, ScoredCandidate> best, IndexHit hit, double score, MatchType type) {
    best.merge(
        hit.conceptId(), new ScoredCandidate(hit, score, type, null), ScoredCandidate::better);
  }

  /** The candidate with its stored fields read. */
  private ScoredCandidate read(ScoredCandidate s) {
    if (s.candidate() != null) {
      return s;
    }
    return new ScoredCandidate(
        s.hit(), s.raw(), s.type(), index.candidate(s.hit(), s.raw(), s.type()));
  }

  private static List<ScoredCandidate> sorted(Map<Integer, ScoredCandidate> best) {
    List<ScoredCandidate> sorted = new ArrayList<>(best.values());
    sorted.sort(ScoredCandidate.ORDER);
    return sorted;
  }

  private static double maxFactor(List<Variant> variants) {
    return variants.stream().mapToDouble(Variant::factor).max().orElse(1);
  }

  private List<Variant> variants(String text, String key) {
    List<Variant> variants = new ArrayList<>();
    variants.add(new Variant(text, key, 1.0, false));
    for (String expanded : index.abbreviations().variants(text, settings.maxVariants())) {
      variants.add(
          new Variant(expanded, TextFolding.key(expanded), settings.abbreviationFactor(), true));
    }
    return variants;
  }

  /** How an exact hit (same key) is reported. */
  private static MatchType matchType(Variant variant, IndexHit hit) {
    if (variant.expanded() && hit.type() != MatchType.OVERRIDE) {
      return MatchType.LEXICON;
    }
    return hit.type();
  }

  LruCache<CacheKey, Ranking> cache() {
    return cache;
  }
}
