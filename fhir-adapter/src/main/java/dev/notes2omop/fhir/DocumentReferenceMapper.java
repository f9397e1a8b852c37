package dev.notes2omop.fhir;

import dev.notes2omop.core.note.ClinicalNote;
import dev.notes2omop.core.note.NoteStatus;
import dev.notes2omop.core.pipeline.SkipReason;
import dev.notes2omop.fhir.FhirItem.NoteItem;
import dev.notes2omop.fhir.FhirItem.RemovalItem;
import dev.notes2omop.fhir.FhirItem.SkippedItem;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.DocumentReference.DocumentReferenceContentComponent;
import org.hl7.fhir.r4.model.Reference;

/** One R4 {@code DocumentReference} to a note, a removal, or a typed skip (DESIGN §4). */
final class DocumentReferenceMapper {

  static final String LOINC = "http://loinc.org";

  private final ReaderLimits limits;

  DocumentReferenceMapper(ReaderLimits limits) {
    this.limits = limits;
  }

  /**
   * Maps {@code document}.
   *
   * @param resourceId its relative id, {@code DocumentReference/<id>}
   * @param versionId its version, or {@code null}
   * @param rawDate {@code date} as written in the JSON: HAPI drops a date without time, which is
   *     not a valid {@code instant} but common in real data, and we keep it
   * @param references resolves its references (within a Bundle: the other entries' full URLs)
   */
  FhirItem map(
      DocumentReference document,
      String resourceId,
      String versionId,
      String rawDate,
      References references) {
    String status = document.getStatusElement().getValueAsString();
    String docStatus = document.getDocStatusElement().getValueAsString();
    if ("entered-in-error".equals(status) || "entered-in-error".equals(docStatus)) {
      return new RemovalItem(resourceId, SkipReason.ENTERED_IN_ERROR);
    }
    NoteStatus noteStatus;
    if (status == null || status.equals("current")) {
      noteStatus = NoteStatus.CURRENT;
    } else if (status.equals("superseded")) {
      noteStatus = NoteStatus.SUPERSEDED;
    } else {
      return skip(
          SkipReason.INVALID_RESOURCE,
          resourceId,
          "status is not current, superseded or entered-in-error");
    }

    String subject = subject(document.getSubject(), references);
    if (subject == null) {
      return skip(SkipReason.NO_SUBJECT, resourceId, subjectProblem(document, references));
    }

    FhirDates.NoteDate date = FhirDates.noteDate(rawDate);
    if (date == null) {
      date =
          FhirDates.noteDate(
              document.getContext().getPeriod().getStartElement().getValueAsString());
    }
    if (date == null) {
      return skip(
          SkipReason.NO_DATE,
          resourceId,
          "neither date nor context.period.start holds a valid date");
    }

    List<Attachment> attachments = new ArrayList<>();
    for (DocumentReferenceContentComponent content : document.getContent()) {
      if (content.hasAttachment()) {
        attachments.add(content.getAttachment());
      }
    }
    AttachmentText.Result text = AttachmentText.read(attachments, limits.maxNoteChars());
    if (!text.ok()) {
      return skip(text.reason(), resourceId, text.detail());
    }

    String title = document.hasDescription() ? document.getDescription() : text.title();
    if (title == null || title.isBlank()) {
      title =
          attachments.stream()
              .filter(Attachment::hasTitle)
              .map(Attachment::getTitle)
              .findFirst()
              .orElse(null);
    }
    ClinicalNote note =
        new ClinicalNote(
            resourceId,
            versionId,
            subject,
            encounter(document, references),
            date.date(),
            date.dateTime(),
            loincType(document),
            title,
            text.text(),
            noteStatus);
    return new NoteItem(note);
  }

  private static String subject(Reference subject, References references) {
    String resolved = references.resolve(subject.getReference());
    return resolved != null && FhirIds.typeOf(resolved).equals("Patient") ? resolved : null;
  }

  /** Says what is wrong with the subject, naming no identifier. */
  private static String subjectProblem(DocumentReference document, References references) {
    Reference subject = document.getSubject();
    if (!document.hasSubject() || (!subject.hasReference() && !subject.hasIdentifier())) {
      return "no subject";
    }
    if (!subject.hasReference()) {
      return "subject has only an identifier, no literal reference to a Patient";
    }
    String resolved = references.resolve(subject.getReference());
    if (resolved != null) {
      return "subject " + resolved + " is not a Patient";
    }
    return "subject reference is not of the form Patient/<id> (contained, conditional or an"
        + " unresolved URN)";
  }

  private static String encounter(DocumentReference document, References references) {
    if (!document.getContext().hasEncounter()) {
      return null;
    }
    String resolved =
        references.resolve(document.getContext().getEncounterFirstRep().getReference());
    return resolved != null && FhirIds.typeOf(resolved).equals("Encounter") ? resolved : null;
  }

  private static String loincType(DocumentReference document) {
    for (Coding coding : document.getType().getCoding()) {
      if (LOINC.equals(coding.getSystem()) && coding.hasCode()) {
        return coding.getCode();
      }
    }
    return null;
  }

  private static SkippedItem skip(SkipReason reason, String resourceId, String detail) {
    return SkippedItem.of(reason, resourceId, resourceId + ": " + detail);
  }
}
