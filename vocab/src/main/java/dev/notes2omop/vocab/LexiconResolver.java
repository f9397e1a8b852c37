package dev.notes2omop.vocab;

import dev.notes2omop.core.mapping.MatchType;
import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.vocab.lexicon.Icdo3Codes;
import dev.notes2omop.vocab.lexicon.Lexicon;
import dev.notes2omop.vocab.lexicon.LexiconEntry;
import dev.notes2omop.vocab.lexicon.LexiconProblem;
import dev.notes2omop.vocab.lexicon.LexiconValidation;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves lexicon entries (vocabulary and code) to standard concepts, and reports how; an {@code
 * ICDO3} histology code names its unknown-site condition when the vocabulary has it ({@link
 * Icdo3Codes}).
 */
final class LexiconResolver {

  private final List<LexiconReport.Resolved> resolved = new ArrayList<>();
  private final List<LexiconReport.Unresolved> unresolved = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private final List<LexiconProblem> problems = new ArrayList<>();

  /** The concepts the lexicon's codes name, by {@code vocabulary_id + '/' + concept_code}. */
  Map<String, Concept> readCodes(ConceptQueries queries, Lexicon lexicon) throws SQLException {
    Set<String> references = new LinkedHashSet<>();
    List<String> vocabularies = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    for (LexiconEntry entry : lexicon.entries()) {
      if (references.add(entry.conceptReference())) {
        vocabularies.add(entry.vocabularyId());
        codes.add(entry.conceptCode());
      }
      Optional<String> unknownSite = Icdo3Codes.unknownSiteCode(entry);
      if (unknownSite.isPresent()
          && references.add(entry.vocabularyId() + "/" + unknownSite.get())) {
        vocabularies.add(entry.vocabularyId());
        codes.add(unknownSite.get());
      }
    }
    Map<String, Concept> byCode = new HashMap<>();
    if (!codes.isEmpty()) {
      queries.conceptsByCode(
          vocabularies,
          codes,
          c -> byCode.merge(c.vocabularyId() + "/" + c.conceptCode(), c, LexiconResolver::better));
    }
    return byCode;
  }

  /** Of two concepts with the same code, the standard one, else the lower id. */
  private static Concept better(Concept a, Concept b) {
    if (a.isStandard() != b.isStandard()) {
      return a.isStandard() ? a : b;
    }
    return a.conceptId() <= b.conceptId() ? a : b;
  }

  void resolve(
      Lexicon lexicon, Map<String, Concept> byCode, ConceptDictionary.DictionaryBuilder builder) {
    LexiconValidation validation = lexicon.validate();
    validation.duplicates().forEach(d -> warnings.add("duplicate: " + d));
    validation.conflicts().forEach(c -> warnings.add("conflict: " + c));
    problems.addAll(validation.problems());
    Set<String> keysSeen = new HashSet<>();
    for (LexiconEntry entry : lexicon.entries()) {
      Concept concept = concept(entry, byCode, builder);
      if (concept == null) {
        String reason = "no concept " + entry.conceptReference() + " in the loaded vocabulary";
        unresolved.add(new LexiconReport.Unresolved(entry, reason));
        problems.add(
            new LexiconProblem(
                LexiconProblem.Kind.UNKNOWN_CODE,
                entry.needsFullVocabularies()
                    ? LexiconProblem.Severity.WARNING
                    : LexiconProblem.Severity.ERROR,
                entry.source(),
                "'" + entry.term() + "': " + reason));
        // still tagged, with concept 0: the mention is kept in NOTE_NLP and counted among the
        // unmapped terms, and maps once a vocabulary that has the concept is loaded
        if (entry.domainId() != null) {
          EntityLabel.fromDomain(entry.domainId())
              .ifPresent(label -> builder.addTaggerTerm(entry.term(), label, 0, false));
        }
        continue;
      }
      Optional<Integer> standardId = builder.standardId(concept);
      if (standardId.isEmpty()) {
        String reason =
            "concept "
                + concept.conceptId()
                + " ("
                + entry.conceptReference()
                + ") is not standard and has no valid 'Maps to' a standard concept";
        unresolved.add(new LexiconReport.Unresolved(entry, reason));
        problems.add(
            LexiconProblem.of(
                LexiconProblem.Kind.NOT_STANDARD,
                entry.source(),
                "'" + entry.term() + "': " + reason));
        continue;
      }
      Concept standard = builder.concepts.get(standardId.get());
      int source = concept.isStandard() ? 0 : concept.conceptId();
      resolved.add(new LexiconReport.Resolved(entry, standard, source));
      if (entry.domainId() != null && !entry.domainId().equalsIgnoreCase(standard.domainId())) {
        String message =
            "'"
                + entry.term()
                + "' resolves to concept "
                + standard.conceptId()
                + " of domain "
                + standard.domainId()
                + ", not "
                + entry.domainId();
        warnings.add(entry.source() + ": " + message);
        problems.add(
            LexiconProblem.of(LexiconProblem.Kind.DOMAIN_MISMATCH, entry.source(), message));
      }
      if ("Unit".equals(standard.domainId())) {
        builder.units.addWrittenForm(entry.term(), standard.conceptId());
        continue;
      }
      builder.lexiconConcepts.add(standard.conceptId());
      if (keysSeen.add(entry.language() + "\u0000" + entry.key())) {
        builder.addCandidate(
            entry.term(),
            new ConceptDictionary.Candidate(standard, source, MatchType.LEXICON),
            new HashSet<>());
      }
      Optional<EntityLabel> label = EntityLabel.fromDomain(standard.domainId());
      if (label.isPresent()) {
        builder.addTaggerTerm(entry.term(), label.get(), standard.conceptId(), false);
      } else if (!standard.domainId().equalsIgnoreCase(entry.domainId())) {
        // an entry that declares the domain (Observation, say) is meant for the mapper only
        warnings.add(
            entry.source()
                + ": '"
                + entry.term()
                + "' names a concept of domain "
                + standard.domainId()
                + ", which has no entity label: not a tagger term");
      }
    }
  }

  /** The concept an entry's code names: for an ICDO3 histology, its unknown-site condition. */
  private static Concept concept(
      LexiconEntry entry,
      Map<String, Concept> byCode,
      ConceptDictionary.DictionaryBuilder builder) {
    Optional<String> unknownSite = Icdo3Codes.unknownSiteCode(entry);
    if (unknownSite.isPresent()) {
      Concept condition = byCode.get(entry.vocabularyId() + "/" + unknownSite.get());
      if (condition != null && builder.standardId(condition).isPresent()) {
        return condition;
      }
    }
    return byCode.get(entry.conceptReference());
  }

  LexiconReport report() {
    return new LexiconReport(resolved, unresolved, warnings, problems);
  }
}
