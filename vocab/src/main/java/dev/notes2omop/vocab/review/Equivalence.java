package dev.notes2omop.vocab.review;

import java.util.Locale;

/** How the target concept relates to the term, Usagi's {@code equivalence} values. */
public enum Equivalence {
  /** The concept means exactly the term. */
  EQUAL,
  /** The concept means the same for practical purposes. */
  EQUIVALENT,
  /** The concept is broader than the term. */
  WIDER,
  /** The concept is narrower than the term. */
  NARROWER,
  /** The concept is related but not a match. */
  INEXACT,
  /** No concept fits the term. */
  UNMATCHED,
  /** Nobody has said yet. */
  UNREVIEWED;

  /** Parses an equivalence name, without regard to case. */
  public static Equivalence parse(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown equivalence '"
              + name
              + "': use one of EQUAL, EQUIVALENT, WIDER, NARROWER, INEXACT, UNMATCHED, UNREVIEWED",
          e);
    }
  }
}
