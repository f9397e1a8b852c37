package dev.notes2omop.fhir;

import dev.notes2omop.core.note.ClinicalNote;
import dev.notes2omop.core.note.PersonRecord;
import dev.notes2omop.core.pipeline.SkipReason;
import dev.notes2omop.core.pipeline.Skipped;
import java.util.Objects;

/** What one FHIR resource (or one entry of a Bundle) turned into. */
public sealed interface FhirItem {

  /** The resource id this item concerns, e.g. {@code DocumentReference/5}, or {@code null}. */
  String resourceId();

  /** A note to process. */
  record NoteItem(ClinicalNote note) implements FhirItem {
    public NoteItem {
      Objects.requireNonNull(note, "note");
    }

    @Override
    public String resourceId() {
      return note.resourceId();
    }
  }

  /** A person (from a {@code Patient}) to create or update. */
  record PersonItem(PersonRecord person) implements FhirItem {
    public PersonItem {
      Objects.requireNonNull(person, "person");
    }

    @Override
    public String resourceId() {
      return person.sourceValue();
    }
  }

  /**
   * A note whose rows must be removed: a {@code DocumentReference} with status {@code
   * entered-in-error}, or a {@code DELETE} entry of a Bundle.
   *
   * @param resourceId the note's id without version, e.g. {@code DocumentReference/5}
   * @param reason why: {@link SkipReason#ENTERED_IN_ERROR} or {@link SkipReason#DELETED}
   */
  record RemovalItem(String resourceId, SkipReason reason) implements FhirItem {
    public RemovalItem {
      Objects.requireNonNull(resourceId, "resourceId");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** An input that was not turned into anything, and why. */
  record SkippedItem(Skipped skipped) implements FhirItem {
    public SkippedItem {
      Objects.requireNonNull(skipped, "skipped");
    }

    /** Shorthand for a new {@link Skipped}. */
    public static SkippedItem of(SkipReason reason, String resourceId, String detail) {
      return new SkippedItem(new Skipped(reason, resourceId, detail));
    }

    @Override
    public String resourceId() {
      return skipped.resourceId();
    }

    /** The skip reason. */
    public SkipReason reason() {
      return skipped.reason();
    }
  }
}
