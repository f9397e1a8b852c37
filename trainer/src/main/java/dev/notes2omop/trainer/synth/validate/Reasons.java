package dev.notes2omop.trainer.synth.validate;

/** The reasons {@link RuleValidator} gives for rejecting a record: short, stable, countable. */
public final class Reasons {

  /** The text is empty or blank. */
  public static final String EMPTY_TEXT = "empty-text";

  /** The text is longer than {@link RuleOptions#maxTextLength()}. */
  public static final String TOO_LONG = "too-long";

  /** An entity's offsets fall outside the text, or end before they start. */
  public static final String SPAN_OUT_OF_BOUNDS = "span-out-of-bounds";

  /** An entity's text is not {@code text.substring(start, end)}. */
  public static final String SPAN_MISMATCH = "span-mismatch";

  /** Entities are not ordered by offset, or overlap. */
  public static final String SPAN_OVERLAP = "span-overlap";

  /** An entity does not start at a token's start and end at a token's end. */
  public static final String SPAN_NOT_TOKEN = "span-not-token";

  /** The record's tokens or tags differ from those {@code BioTagging.tag} computes. */
  public static final String BIO_MISMATCH = "bio-mismatch";

  /** The tags are not a valid BIO sequence. */
  public static final String BIO_INVALID = "bio-invalid";

  /** An entity's label is not the label of its concept's domain. */
  public static final String LABEL_DOMAIN = "label-domain";

  /** An entity's concept is not in the lexicon (when unknown concepts are rejected). */
  public static final String UNKNOWN_CONCEPT = "unknown-concept";

  /** A negative record with entities, or a positive one without. */
  public static final String KIND_MISMATCH = "kind-mismatch";

  /** The text does not look Spanish. */
  public static final String NOT_SPANISH = "not-spanish";

  /** The same normalised text as an earlier accepted record. */
  public static final String DUPLICATE = "duplicate";

  /** Nearly the same text as an earlier accepted record. */
  public static final String NEAR_DUPLICATE = "near-duplicate";

  private Reasons() {}
}
