package dev.notes2omop.plugin.runtime;

/** Which concept mapper the pipeline uses under the stewards' overrides. */
public enum MapperKind {
  /** The Lucene concept index: exact, synonym, lexicon and fuzzy candidates, ranked. */
  INDEX,
  /** The foundation's in-memory dictionary: exact names, synonyms and lexicon terms only. */
  DICTIONARY
}
