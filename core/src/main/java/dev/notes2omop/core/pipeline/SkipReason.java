package dev.notes2omop.core.pipeline;

/** Why an input was not turned into rows. Counted per reason and reported. */
public enum SkipReason {
  INVALID_JSON("invalid JSON"),
  INVALID_RESOURCE("not a valid FHIR resource"),
  UNSUPPORTED_RESOURCE_TYPE("resource type not processed"),
  NO_TEXT_CONTENT("no text content"),
  UNSUPPORTED_CONTENT_TYPE("unsupported content type"),
  UNSUPPORTED_CHARSET("unsupported charset"),
  ATTACHMENT_NOT_INLINE("attachment given by URL only"),
  NO_SUBJECT("no subject"),
  NO_DATE("no date"),
  ENTERED_IN_ERROR("entered-in-error"),
  DELETED("deleted"),
  TOO_LARGE("too large"),
  ALREADY_PROCESSED("already processed");

  private final String description;

  SkipReason(String description) {
    this.description = description;
  }

  /** A short human-readable description for reports. */
  public String description() {
    return description;
  }
}
