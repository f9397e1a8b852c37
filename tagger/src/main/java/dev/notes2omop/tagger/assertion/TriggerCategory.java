package dev.notes2omop.tagger.assertion;

/** What a trigger does to the mentions in its scope. */
public enum TriggerCategory {
  /** The finding is absent ("niega", "sin"). */
  NEGATED,
  /** The finding is uncertain ("probable", "sospecha de"). */
  POSSIBLE,
  /** The finding is conditional or planned ("si presenta", "se solicita"). */
  HYPOTHETICAL,
  /** The finding is about a relative ("madre con", "AF:"). */
  FAMILY,
  /** The finding is past history ("antecedentes de", "en 2015"). */
  HISTORICAL,
  /** Looks like a trigger but is not ("sin cambios", "no solo"); has no scope. */
  PSEUDO,
  /** Ends the scope of the categories it names ("pero", "aunque"). */
  TERMINATE
}
