package dev.notes2omop.vocab.index;

import java.util.HashSet;
import java.util.Set;

/**
 * Adds {@link IndexMapperSettings#contextBonusPerWord} for each context word (not in the query)
 * that a candidate's matched text or name contains, up to {@link
 * IndexMapperSettings#maxContextBonus}; only to candidates already at the threshold, so context
 * reorders answers but never makes one. The matched text's words come from the index; only the
 * concept's name, when it differs, is analysed.
 */
final class ContextBonus {

  private final TermSimilarity similarity;
  private final IndexMapperSettings settings;

  ContextBonus(TermSimilarity similarity, IndexMapperSettings settings) {
    this.similarity = similarity;
    this.settings = settings;
  }

  /**
   * @param context stems of the words around the mention
   * @param queryStems the mention's own stems, which earn nothing
   */
  ScoredCandidate apply(ScoredCandidate scored, Set<String> context, Set<String> queryStems) {
    if (context.isEmpty() || scored.raw() < settings.minScore()) {
      return scored;
    }
    Candidate c = scored.candidate();
    Set<String> stems = new HashSet<>();
    for (String token : scored.hit().folded()) {
      stems.add(ClinicalAnalysis.stem(token));
    }
    if (!c.conceptName().equals(c.matchedText())) {
      stems.addAll(similarity.analyse(c.conceptName()).stems());
    }
    stems.removeAll(queryStems);
    long shared = context.stream().filter(stems::contains).count();
    if (shared == 0) {
      return scored;
    }
    double bonus = Math.min(settings.maxContextBonus(), shared * settings.contextBonusPerWord());
    return scored.withRaw(scored.raw() + bonus);
  }
}
