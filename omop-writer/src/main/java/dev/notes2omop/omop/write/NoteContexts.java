package dev.notes2omop.omop.write;

import dev.notes2omop.core.note.ClinicalNote;
import dev.notes2omop.omop.schema.SchemaNames;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What a note's NOTE row says beyond the note itself: its visit, its class (the LOINC type's
 * concept) and its language concept, looked up in the CDM tables (concepts through {@link
 * ConceptLookup}'s cache).
 */
final class NoteContexts {

  private final ConceptLookup concepts;
  private final String languageConceptName;
  private final String findVisit;

  NoteContexts(SchemaNames names, String languageConceptName) {
    this.concepts = new ConceptLookup(names);
    this.languageConceptName = languageConceptName;
    this.findVisit =
        "SELECT visit_occurrence_id FROM "
            + names.cdmTable("visit_occurrence")
            + " WHERE visit_source_value = ? AND person_id = ?"
            + " ORDER BY visit_occurrence_id LIMIT 1";
  }

  /** The context of {@code note}, written as {@code noteId} for {@code personId}. */
  NoteRows.NoteContext of(Connection connection, ClinicalNote note, long noteId, long personId)
      throws SQLException {
    return new NoteRows.NoteContext(
        noteId,
        personId,
        visit(connection, note.encounterReference(), personId),
        noteClass(connection, note.typeCode()),
        concepts.byName(connection, languageConceptName));
  }

  private Long visit(Connection connection, String encounterReference, long personId)
      throws SQLException {
    if (encounterReference == null) {
      return null;
    }
    try (PreparedStatement statement = connection.prepareStatement(findVisit)) {
      statement.setString(1, encounterReference);
      statement.setLong(2, personId);
      try (ResultSet rs = statement.executeQuery()) {
        return rs.next() ? rs.getLong(1) : null;
      }
    }
  }

  private int noteClass(Connection connection, String typeCode) throws SQLException {
    if (typeCode == null || typeCode.isBlank()) {
      return NoteRows.NOTE_CLASS_NOTE;
    }
    int conceptId = concepts.byCode(connection, "LOINC", typeCode.trim());
    return conceptId == 0 ? NoteRows.NOTE_CLASS_NOTE : conceptId;
  }
}
