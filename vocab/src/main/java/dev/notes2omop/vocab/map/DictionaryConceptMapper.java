package dev.notes2omop.vocab.map;

import dev.notes2omop.core.mapping.ConceptMapper;
import dev.notes2omop.core.mapping.ConceptMatch;
import dev.notes2omop.core.mapping.MappedMention;
import dev.notes2omop.core.mapping.MatchType;
import dev.notes2omop.core.nlp.MeasurementValue;
import dev.notes2omop.core.nlp.Mention;
import dev.notes2omop.vocab.Concept;
import dev.notes2omop.vocab.ConceptDictionary;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Maps mentions with the in-memory {@link ConceptDictionary}.
 *
 * <ol>
 *   <li>A mention with a concept hint (from a dictionary tagger) maps to that concept, through
 *       {@code Maps to} when it is not standard, with score 1.
 *   <li>Otherwise its text, folded ({@link dev.notes2omop.core.nlp.TextFolding#key}), is looked up
 *       among lexicon terms, concept names and synonyms; a candidate in the domain of the mention's
 *       label is preferred. A candidate of another domain scores {@value #OTHER_DOMAIN_SCORE}.
 *   <li>Otherwise {@link ConceptMatch#NONE}.
 * </ol>
 *
 * <p>A measurement's unit maps to its UCUM concept and its operator to the {@code Meas Value
 * Operator} concept, each 0 when the vocabulary has none. Thread-safe.
 */
public final class DictionaryConceptMapper implements ConceptMapper {

  /** The score of a lexicon term or concept name match. */
  public static final double EXACT_SCORE = 1.0;

  /** The score of a synonym match. */
  public static final double SYNONYM_SCORE = 0.95;

  /** The score of a match whose concept is in another domain than the mention's label. */
  public static final double OTHER_DOMAIN_SCORE = 0.5;

  private final ConceptDictionary dictionary;

  public DictionaryConceptMapper(ConceptDictionary dictionary) {
    this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
  }

  @Override
  public MappedMention map(Mention mention) {
    ConceptMatch match = byHint(mention).or(() -> byText(mention)).orElse(ConceptMatch.NONE);
    int unit = 0;
    int operator = 0;
    MeasurementValue value = mention.value();
    if (value != null) {
      unit = value.unit() == null ? 0 : dictionary.unitConceptId(value.unit()).orElse(0);
      operator =
          value.operator() == null ? 0 : dictionary.operatorConceptId(value.operator()).orElse(0);
    }
    return new MappedMention(mention, match, unit, operator);
  }

  private Optional<ConceptMatch> byHint(Mention mention) {
    if (mention.conceptHint() == 0) {
      return Optional.empty();
    }
    Optional<Concept> standard = dictionary.standardConcept(mention.conceptHint());
    if (standard.isEmpty()) {
      return Optional.empty();
    }
    Concept concept = standard.get();
    int source = concept.conceptId() == mention.conceptHint() ? 0 : mention.conceptHint();
    MatchType type = dictionary.matchType(concept.conceptId(), mention.text());
    return Optional.of(match(concept, source, EXACT_SCORE, type));
  }

  private Optional<ConceptMatch> byText(Mention mention) {
    List<ConceptDictionary.Candidate> candidates = dictionary.candidates(mention.text());
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    String domain = mention.label().domainId();
    for (ConceptDictionary.Candidate candidate : candidates) {
      if (domain.equals(candidate.concept().domainId())) {
        return Optional.of(of(candidate, 1.0));
      }
    }
    return Optional.of(of(candidates.get(0), OTHER_DOMAIN_SCORE));
  }

  private static ConceptMatch of(ConceptDictionary.Candidate candidate, double factor) {
    double score = candidate.matchType() == MatchType.SYNONYM ? SYNONYM_SCORE : EXACT_SCORE;
    return match(
        candidate.concept(), candidate.sourceConceptId(), score * factor, candidate.matchType());
  }

  private static ConceptMatch match(Concept concept, int source, double score, MatchType type) {
    return new ConceptMatch(
        concept.conceptId(),
        concept.conceptName(),
        concept.domainId(),
        concept.vocabularyId(),
        concept.conceptCode(),
        source,
        score,
        type);
  }
}
