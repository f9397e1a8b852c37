package dev.notes2omop.vocab.index;

/**
 * The thresholds and weights of {@link IndexConceptMapper}; {@link #defaults()} were tuned on the
 * tuning set {@code vocab/src/test/resources/mapping/es-mapping-tune.tsv} (see {@code
 * docs/concept-index.md}).
 *
 * @param minScore a best candidate under this is no answer ({@code ConceptMatch.NONE})
 * @param compatibleDomainFactor multiplies the score of a candidate of a domain compatible with the
 *     mention's (Condition, Measurement or Procedure and Observation)
 * @param abbreviationFactor multiplies the score of a candidate found through an abbreviation's
 *     expansion
 * @param contextWindow words (stop words excluded) read on each side of the mention
 * @param contextBonusPerWord added to a candidate's score for each context word its text shares
 * @param maxContextBonus the most context adds
 * @param retrieveTopK documents Lucene retrieves per query variant before re-scoring
 * @param maxVariants abbreviation expansions tried per text
 * @param cacheSize the most texts (per domain) whose ranked candidates are kept in memory; 0 for no
 *     cache. Each holds at most {@value CandidateRanker#CACHE_DEPTH} candidates.
 */
public record IndexMapperSettings(
    double minScore,
    double compatibleDomainFactor,
    double abbreviationFactor,
    int contextWindow,
    double contextBonusPerWord,
    double maxContextBonus,
    int retrieveTopK,
    int maxVariants,
    int cacheSize) {

  public static final double DEFAULT_MIN_SCORE = 0.6;
  public static final double DEFAULT_COMPATIBLE_DOMAIN_FACTOR = 0.85;
  public static final double DEFAULT_ABBREVIATION_FACTOR = 0.95;
  public static final int DEFAULT_CONTEXT_WINDOW = 5;
  public static final double DEFAULT_CONTEXT_BONUS_PER_WORD = 0.02;
  public static final double DEFAULT_MAX_CONTEXT_BONUS = 0.04;
  public static final int DEFAULT_RETRIEVE_TOP_K = 40;
  public static final int DEFAULT_MAX_VARIANTS = 6;
  public static final int DEFAULT_CACHE_SIZE = 10_000;

  public IndexMapperSettings {
    unit("min-score", minScore);
    unit("compatible-domain-factor", compatibleDomainFactor);
    unit("abbreviation-factor", abbreviationFactor);
    unit("context-bonus-per-word", contextBonusPerWord);
    unit("max-context-bonus", maxContextBonus);
    if (contextWindow < 0) {
      throw new IllegalArgumentException(
          "context-window is " + contextWindow + ": give 0 (no context) or more words");
    }
    if (retrieveTopK < 1 || retrieveTopK > 1000) {
      throw new IllegalArgumentException(
          "retrieve-top-k is " + retrieveTopK + ": give a number from 1 to 1000");
    }
    if (maxVariants < 0) {
      throw new IllegalArgumentException(
          "max-variants is " + maxVariants + ": give 0 (no abbreviation expansion) or more");
    }
    if (cacheSize < 0) {
      throw new IllegalArgumentException(
          "cache-size is " + cacheSize + ": give 0 (no cache) or more texts");
    }
  }

  /** The tuned defaults. */
  public static IndexMapperSettings defaults() {
    return new IndexMapperSettings(
        DEFAULT_MIN_SCORE,
        DEFAULT_COMPATIBLE_DOMAIN_FACTOR,
        DEFAULT_ABBREVIATION_FACTOR,
        DEFAULT_CONTEXT_WINDOW,
        DEFAULT_CONTEXT_BONUS_PER_WORD,
        DEFAULT_MAX_CONTEXT_BONUS,
        DEFAULT_RETRIEVE_TOP_K,
        DEFAULT_MAX_VARIANTS,
        DEFAULT_CACHE_SIZE);
  }

  /** These settings with another {@link #minScore}. */
  public IndexMapperSettings withMinScore(double newMinScore) {
    return new IndexMapperSettings(
        newMinScore,
        compatibleDomainFactor,
        abbreviationFactor,
        contextWindow,
        contextBonusPerWord,
        maxContextBonus,
        retrieveTopK,
        maxVariants,
        cacheSize);
  }

  /** These settings with another {@link #cacheSize} (0: no cache). */
  public IndexMapperSettings withCacheSize(int newCacheSize) {
    return new IndexMapperSettings(
        minScore,
        compatibleDomainFactor,
        abbreviationFactor,
        contextWindow,
        contextBonusPerWord,
        maxContextBonus,
        retrieveTopK,
        maxVariants,
        newCacheSize);
  }

  private static void unit(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " is " + value + ": give a number from 0 to 1");
    }
  }
}
