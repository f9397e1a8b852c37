package dev.notes2omop.vocab;

import dev.notes2omop.vocab.lexicon.LexiconEntry;
import dev.notes2omop.vocab.lexicon.LexiconProblem;
import java.util.List;

/**
 * How the lexicon's entries resolved against the loaded vocabulary.
 *
 * @param resolved the entries that name a standard concept (directly or through {@code Maps to})
 * @param unresolved the entries that do not, each with the reason
 * @param warnings resolved entries worth a look (domain other than the one the lexicon states, no
 *     entity label for the concept's domain) and the lexicon's own duplicates and conflicts
 * @param problems everything wrong, with its kind and severity: the lexicon's own problems ({@link
 *     dev.notes2omop.vocab.lexicon.Lexicon#validate()}) followed by those found against the
 *     vocabulary (unknown codes, codes neither standard nor mapped, domain mismatches)
 */
public record LexiconReport(
    List<Resolved> resolved,
    List<Unresolved> unresolved,
    List<String> warnings,
    List<LexiconProblem> problems) {

  /**
   * An entry and its concept.
   *
   * @param entry the lexicon entry
   * @param concept the standard concept it names
   * @param sourceConceptId the non-standard concept the entry's code named, or 0
   */
  public record Resolved(LexiconEntry entry, Concept concept, int sourceConceptId) {}

  /** An entry that names no standard concept, and why. */
  public record Unresolved(LexiconEntry entry, String reason) {
    @Override
    public String toString() {
      return entry.source()
          + ": '"
          + entry.term()
          + "' "
          + entry.conceptReference()
          + ": "
          + reason;
    }
  }

  public LexiconReport {
    resolved = List.copyOf(resolved);
    unresolved = List.copyOf(unresolved);
    warnings = List.copyOf(warnings);
    problems = List.copyOf(problems);
  }

  /** The problems that are errors. */
  public List<LexiconProblem> errors() {
    return problems.stream().filter(LexiconProblem::isError).toList();
  }

  /** Whether any problem is an error: the lexicon should be fixed before it is used. */
  public boolean hasErrors() {
    return problems.stream().anyMatch(LexiconProblem::isError);
  }

  /** How many entries were checked. */
  public int total() {
    return resolved.size() + unresolved.size();
  }
}
