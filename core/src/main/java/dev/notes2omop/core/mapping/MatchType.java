package dev.notes2omop.core.mapping;

/** How a mention was matched to its concept. */
public enum MatchType {
  /** The mention equals a concept name. */
  EXACT,
  /** The mention equals a concept synonym. */
  SYNONYM,
  /** The mention is a lexicon term for the concept. */
  LEXICON,
  /** The mention matched after fuzzy comparison. */
  FUZZY,
  /** A data steward decided the concept. */
  OVERRIDE,
  /** No concept was found: concept 0. */
  NONE
}
