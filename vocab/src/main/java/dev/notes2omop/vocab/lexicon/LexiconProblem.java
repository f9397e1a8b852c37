package dev.notes2omop.vocab.lexicon;

import java.util.Objects;

/**
 * One thing wrong with a lexicon line.
 *
 * @param kind what is wrong
 * @param severity whether it makes the lexicon unusable as it stands
 * @param source where, as {@code FILE:LINE}
 * @param message what is wrong, with the values involved
 */
public record LexiconProblem(Kind kind, Severity severity, String source, String message) {

  /** How bad a problem is. */
  public enum Severity {
    /** The line is ignored or gives wrong results: fix it before using the lexicon. */
    ERROR,
    /** Worth a look; the lexicon works as it is. */
    WARNING
  }

  /** What is wrong, with its usual severity. */
  public enum Kind {
    /** The line is not a lexicon entry (column count, empty required column, no header). */
    MALFORMED(Severity.ERROR),
    /** The language is not an ISO 639-1 code. */
    UNKNOWN_LANGUAGE(Severity.WARNING),
    /** Same folded term, language and concept as an earlier entry. */
    DUPLICATE(Severity.WARNING),
    /** Same folded term and language as an earlier entry, another concept. */
    CONFLICT(Severity.ERROR),
    /** The vocabulary has no concept with this vocabulary_id and concept_code. */
    UNKNOWN_CODE(Severity.ERROR),
    /** The concept is not standard and has no valid 'Maps to' a standard concept. */
    NOT_STANDARD(Severity.WARNING),
    /** The standard concept's domain is not the one the entry declares. */
    DOMAIN_MISMATCH(Severity.WARNING);

    private final Severity severity;

    Kind(Severity severity) {
      this.severity = severity;
    }

    /** The severity of this kind of problem unless the entry says otherwise. */
    public Severity severity() {
      return severity;
    }
  }

  public LexiconProblem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(message, "message");
  }

  /** A problem of {@code kind} with its usual severity. */
  public static LexiconProblem of(Kind kind, String source, String message) {
    return new LexiconProblem(kind, kind.severity(), source, message);
  }

  /** Whether this is an error. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code FILE:LINE: message}. */
  @Override
  public String toString() {
    return source + ": " + message;
  }
}
