package dev.notes2omop.core.pipeline;

import java.util.Objects;

/**
 * An input that was not processed, and why: expected bad input, not a bug.
 *
 * @param reason the reason, counted in reports
 * @param resourceId the resource it concerns (e.g. {@code DocumentReference/5}), or {@code null}
 *     when none could be read
 * @param detail what exactly was wrong, without patient text
 */
public record Skipped(SkipReason reason, String resourceId, String detail) {

  public Skipped {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
  }
}
