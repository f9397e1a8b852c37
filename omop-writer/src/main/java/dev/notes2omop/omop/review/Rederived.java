package dev.notes2omop.omop.review;

/**
 * What re-deriving a term's rows changed.
 *
 * @param mentions NOTE_NLP rows whose concept changed
 * @param updated derived rows that kept their table and got the new concept
 * @param removed derived rows removed (moved away, or no concept any more)
 * @param inserted derived rows inserted (moved in, or newly mapped)
 */
public record Rederived(int mentions, int updated, int removed, int inserted) {

  /** All rows changed. */
  public int total() {
    return mentions + updated + removed + inserted;
  }
}
