package dev.notes2omop.vocab.lexicon;

import java.util.List;

/**
 * What is wrong within a lexicon, before any vocabulary is consulted: malformed lines (skipped when
 * the lexicon was read leniently), unknown language codes, duplicates and conflicts.
 *
 * @param problems every problem, in file order within each kind
 */
public record LexiconValidation(List<LexiconProblem> problems) {

  public LexiconValidation {
    problems = List.copyOf(problems);
  }

  /** The problems of {@code kind}. */
  public List<LexiconProblem> problems(LexiconProblem.Kind kind) {
    return problems.stream().filter(p -> p.kind() == kind).toList();
  }

  /**
   * Entries that repeat an earlier entry (same folded term, language and concept), each as {@code
   * FILE:LINE: message}.
   */
  public List<String> duplicates() {
    return messages(LexiconProblem.Kind.DUPLICATE);
  }

  /**
   * Entries whose folded term and language name another concept than an earlier entry, each as
   * {@code FILE:LINE: message}.
   */
  public List<String> conflicts() {
    return messages(LexiconProblem.Kind.CONFLICT);
  }

  /** Whether any problem is an error (a malformed line or a conflict). */
  public boolean hasErrors() {
    return problems.stream().anyMatch(LexiconProblem::isError);
  }

  /** No problem at all. */
  public boolean isClean() {
    return problems.isEmpty();
  }

  private List<String> messages(LexiconProblem.Kind kind) {
    return problems(kind).stream().map(LexiconProblem::toString).toList();
  }
}
