package dev.notes2omop.plugin.runtime;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Which tagger finds the mentions.
 *
 * @param kind the model or the dictionary baseline
 * @param model a model package directory, or null for the model that ships with the product; only
 *     read for {@link Kind#MODEL}
 */
public record TaggerSettings(Kind kind, Path model) {

  /** The taggers there are. */
  public enum Kind {
    /** The neural tagger of a model package (the shipped one unless a package is named). */
    MODEL,
    /** The vocabulary's and lexicon's terms, matched as written: the baseline. */
    DICTIONARY
  }

  public TaggerSettings {
    Objects.requireNonNull(kind, "kind");
    if (kind == Kind.DICTIONARY && model != null) {
      throw new IllegalArgumentException("a model package is only read by the model tagger");
    }
  }

  /** The shipped model. */
  public static TaggerSettings defaults() {
    return new TaggerSettings(Kind.MODEL, null);
  }

  /** The dictionary baseline. */
  public static TaggerSettings dictionary() {
    return new TaggerSettings(Kind.DICTIONARY, null);
  }
}
