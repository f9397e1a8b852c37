package dev.notes2omop.omop.review;

import java.util.Objects;

/**
 * A term of the review page: the folded mention text and the tagger's label.
 *
 * @param foldedKey {@code TextFolding.key} of the mention text
 * @param label the label's name ({@code CONDITION}, {@code DRUG}, {@code MEASUREMENT}, {@code
 *     PROCEDURE})
 */
public record TermKey(String foldedKey, String label) {

  public TermKey {
    Objects.requireNonNull(foldedKey, "foldedKey");
    Objects.requireNonNull(label, "label");
  }
}
