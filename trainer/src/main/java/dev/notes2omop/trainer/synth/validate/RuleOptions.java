package dev.notes2omop.trainer.synth.validate;

/**
 * Settings of {@link RuleValidator}.
 *
 * @param maxTextLength the longest text accepted, in characters
 * @param rejectUnknownConcepts whether an entity whose concept is not in the lexicon is rejected
 *     ({@code unknown-concept}); when not, its label is not checked
 * @param nearDuplicateJaccard the character-shingle Jaccard similarity from which a text is a
 *     near-duplicate of an earlier one (e.g. 0.9); above 1 turns the shingle check off
 */
public record RuleOptions(
    int maxTextLength, boolean rejectUnknownConcepts, double nearDuplicateJaccard) {

  public RuleOptions {
    if (maxTextLength < 1) {
      throw new IllegalArgumentException("maxTextLength must be positive, was " + maxTextLength);
    }
    if (nearDuplicateJaccard <= 0) {
      throw new IllegalArgumentException(
          "nearDuplicateJaccard must be positive, was " + nearDuplicateJaccard);
    }
  }

  /** Texts up to 8,000 characters, unknown concepts rejected, near-duplicates from 0.9. */
  public static RuleOptions defaults() {
    return new RuleOptions(8_000, true, 0.9);
  }

  /** These options with unknown concepts accepted or rejected. */
  public RuleOptions withRejectUnknownConcepts(boolean reject) {
    return new RuleOptions(maxTextLength, reject, nearDuplicateJaccard);
  }
}
