package dev.notes2omop.vocab.index;

import dev.notes2omop.core.mapping.MatchType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks the concepts a text may name: retrieves the top K documents of the text and of each of its
 * abbreviation expansions, scores each with {@link TermSimilarity} times the domain factor (and the
 * abbreviation factor for an expansion), keeps each concept's best, adds the context bonus and
 * sorts. Thread-safe.
 */
final class CandidateRanker {

  /** Order among equal scores: how the text matched, then direct before mapped, then id. */
  private static final Comparator<Scored> ORDER =
      Comparator.comparingDouble(Scored::raw)
          .reversed()
          .thenComparingInt(s -> typeRank(s.candidate().matchType()))
          .thenComparingInt(s -> s.candidate().sourceConceptId() == 0 ? 0 : 1)
          .thenComparingInt(s -> "Ingredient".equals(s.candidate().conceptClassId()) ? 0 : 1)
          .thenComparingInt(s -> s.candidate().conceptId());

  /** A candidate and its score before capping at 1, which orders ties that context breaks. */
  private record Scored(Candidate candidate, double raw) {}

  private record Variant(String text, double factor, boolean expanded) {}

  private final ConceptIndex index;
  private final IndexMapperSettings settings;
  private final TermSimilarity similarity;

  CandidateRanker(ConceptIndex index, IndexMapperSettings settings) {
    this.index = index;
    this.settings = settings;
    this.similarity = new TermSimilarity(index.analysis());
  }

  /**
   * @param domain the mention's domain, or {@code null} for any
   * @param context stems of the words around the mention (may be empty)
   */
  List<Candidate> rank(String text, String domain, Set<String> context, int limit) {
    Set<String> domains = domain == null ? null : DomainRouting.searched(domain);
    Map<Integer, Scored> best = new LinkedHashMap<>();
    TermSimilarity.Analysed original = similarity.analyse(text);
    for (Variant variant : variants(text)) {
      TermSimilarity.Analysed query =
          variant.expanded() ? similarity.analyse(variant.text()) : original;
      if (query.key().isEmpty()) {
        continue;
      }
      for (IndexedText hit :
          index.search(LuceneQueries.of(query, domains), settings.retrieveTopK())) {
        double factor =
            DomainRouting.factor(
                domain, hit.concept().domainId(), settings.compatibleDomainFactor());
        double score = similarity.score(query, hit) * variant.factor() * factor;
        if (score <= 0) {
          continue;
        }
        Candidate candidate = Candidate.of(hit, score, matchType(query, hit, variant));
        best.merge(
            hit.concept().conceptId(),
            new Scored(candidate, score),
            (a, b) -> ORDER.compare(a, b) <= 0 ? a : b);
      }
    }
    List<Scored> scored = new ArrayList<>();
    Set<String> queryStems = new HashSet<>(original.stems());
    for (Scored s : best.values()) {
      scored.add(withContext(s, context, queryStems));
    }
    scored.sort(ORDER);
    List<Candidate> out = new ArrayList<>();
    for (Scored s : scored.subList(0, Math.min(limit, scored.size()))) {
      out.add(s.candidate().withScore(Math.min(1.0, s.raw())));
    }
    return out;
  }

  private List<Variant> variants(String text) {
    List<Variant> variants = new ArrayList<>();
    variants.add(new Variant(text, 1.0, false));
    for (String expanded : index.abbreviations().variants(text, settings.maxVariants())) {
      variants.add(new Variant(expanded, settings.abbreviationFactor(), true));
    }
    return variants;
  }

  private static MatchType matchType(
      TermSimilarity.Analysed query, IndexedText hit, Variant variant) {
    if (!query.key().equals(hit.key())) {
      return MatchType.FUZZY;
    }
    if (variant.expanded() && hit.type() != MatchType.OVERRIDE) {
      return MatchType.LEXICON;
    }
    return hit.type();
  }

  /**
   * Adds {@link IndexMapperSettings#contextBonusPerWord} for each context word (not in the query)
   * that the candidate's matched text or name contains, up to {@link
   * IndexMapperSettings#maxContextBonus}; only to candidates already at the threshold, so context
   * reorders answers but never makes one.
   */
  private Scored withContext(Scored scored, Set<String> context, Set<String> queryStems) {
    if (context.isEmpty() || scored.raw() < settings.minScore()) {
      return scored;
    }
    Candidate c = scored.candidate();
    Set<String> stems = new HashSet<>(similarity.analyse(c.matchedText()).stems());
    stems.addAll(similarity.analyse(c.conceptName()).stems());
    stems.removeAll(queryStems);
    long shared = context.stream().filter(stems::contains).count();
    if (shared == 0) {
      return scored;
    }
    double bonus = Math.min(settings.maxContextBonus(), shared * settings.contextBonusPerWord());
    return new Scored(c, scored.raw() + bonus);
  }

  static int typeRank(MatchType type) {
    return switch (type) {
      case OVERRIDE -> 0;
      case LEXICON -> 1;
      case EXACT -> 2;
      case SYNONYM -> 3;
      case FUZZY -> 4;
      case NONE -> 5;
    };
  }
}
