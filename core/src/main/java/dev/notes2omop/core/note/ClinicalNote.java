package dev.notes2omop.core.note;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One version of a clinical note, reduced to the plain text the tagger sees.
 *
 * @param resourceId the note's logical id with its type, e.g. {@code DocumentReference/123}
 * @param versionId the version, or {@code null} when the source gave none
 * @param subjectReference the person it is about, e.g. {@code Patient/7}
 * @param encounterReference the encounter, e.g. {@code Encounter/9}, or {@code null}
 * @param date the note's date (never null)
 * @param dateTime the note's date and time, or {@code null} when only a date is known
 * @param typeCode the LOINC code of the document type (e.g. {@code 11506-3}), or {@code null}
 * @param title the note's title, or {@code null}
 * @param text the plain text; every mention offset points into it
 * @param status the note's status in the source
 */
public record ClinicalNote(
    String resourceId,
    String versionId,
    String subjectReference,
    String encounterReference,
    LocalDate date,
    LocalDateTime dateTime,
    String typeCode,
    String title,
    String text,
    NoteStatus status) {

  public ClinicalNote {
    Objects.requireNonNull(resourceId, "resourceId");
    Objects.requireNonNull(subjectReference, "subjectReference");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(status, "status");
  }

  /** The note's full id with its version: {@code DocumentReference/123/_history/2}. */
  public String sourceValue() {
    return versionId == null ? resourceId : resourceId + "/_history/" + versionId;
  }
}
