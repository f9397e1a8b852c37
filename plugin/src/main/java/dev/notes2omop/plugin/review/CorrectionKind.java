package dev.notes2omop.plugin.review;

/** What a steward says is wrong with the tagger's mentions in a note. */
public enum CorrectionKind {
  /** The mention's span is too long or too short. */
  BOUNDARY,
  /** The mention has the wrong label. */
  LABEL,
  /** The tagger missed a mention. */
  MISSED,
  /** The mention is not an entity at all (a "not an entity" decision). */
  NOT_ENTITY
}
