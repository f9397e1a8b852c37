package dev.notes2omop.omop.write;

import dev.notes2omop.core.mapping.MappedMention;
import dev.notes2omop.core.note.ClinicalNote;
import dev.notes2omop.core.pipeline.AnnotatedNote;
import dev.notes2omop.core.pipeline.WriteResult;
import dev.notes2omop.omop.schema.SchemaNames;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a batch of annotated notes in one transaction, each note as {@link OmopNoteWriter#write}
 * would: its earlier rows removed, then NOTE, NOTE_NLP, the derived rows and their provenance sent
 * with COPY (one per table for the whole batch), and {@code processed_note} upserted from a COPY
 * staging table. Per-note idempotence holds: every note's advisory lock is taken (in key order, so
 * that two batches never deadlock), a note whose person is missing is parked, and a note whose
 * exact version another writer wrote meanwhile (a retried or speculative task) is left as it is.
 *
 * <p>The notes of one call have distinct resource ids ({@link OmopNoteWriter#writeAll} splits).
 */
final class BatchNoteWriter {

  private final SchemaNames names;
  private final NoteRows rows;
  private final PersonResolver persons;
  private final ParkedNotes parked;
  private final NoteContexts contexts;
  private final String processedTable;
  private final Map<DerivedRows.Target, String> derivedColumns =
      new EnumMap<>(DerivedRows.Target.class);
  private final Map<DerivedRows.Target, String> derivedIds =
      new EnumMap<>(DerivedRows.Target.class);

  BatchNoteWriter(
      SchemaNames names,
      NoteRows rows,
      PersonResolver persons,
      ParkedNotes parked,
      NoteContexts contexts) {
    this.names = names;
    this.rows = rows;
    this.persons = persons;
    this.parked = parked;
    this.contexts = contexts;
    this.processedTable = names.ownObject("processed_note");
    String common =
        "person_id, %1$s_concept_id, %2$s, %3$s, %1$s_type_concept_id, visit_occurrence_id,"
            + " %1$s_source_value, %1$s_source_concept_id";
    derivedColumns.put(
        DerivedRows.Target.CONDITION,
        "condition_occurrence_id, "
            + String.format(
                common, "condition", "condition_start_date", "condition_start_datetime"));
    derivedColumns.put(
        DerivedRows.Target.DRUG,
        "drug_exposure_id, "
            + String.format(
                common, "drug", "drug_exposure_start_date", "drug_exposure_start_datetime")
            + ", drug_exposure_end_date");
    derivedColumns.put(
        DerivedRows.Target.MEASUREMENT,
        "measurement_id, "
            + String.format(common, "measurement", "measurement_date", "measurement_datetime")
            + ", value_as_number, unit_concept_id, unit_source_value, operator_concept_id,"
            + " range_low, range_high, value_source_value");
    for (DerivedRows.Target target : DerivedRows.Target.values()) {
      derivedIds.put(target, NoteRows.Ids.query(names, target.table + "_id_seq"));
    }
  }

  /** A row of {@code processed_note}, as far as a write needs it. */
  private record Earlier(long noteId, String versionId, String nlpSystem, String textHash) {}

  /** A note of the batch that is written, with its ids and context. */
  private record Planned(AnnotatedNote annotated, NoteRows.NoteContext context, boolean replaced) {}

  List<WriteResult> write(Connection connection, List<AnnotatedNote> notes) throws SQLException {
    List<String> resourceIds = notes.stream().map(a -> a.note().resourceId()).toList();
    Transactions.lockAll(
        connection, resourceIds.stream().map(id -> Columns.lockKey("note", id)).toList());
    Map<String, Long> personIds =
        persons.resolveAll(
            connection, notes.stream().map(a -> a.note().subjectReference()).toList());
    Map<String, Earlier> earlier = earlier(connection, resourceIds);
    WriteResult[] results = new WriteResult[notes.size()];
    List<Long> toDelete = new ArrayList<>();
    List<Integer> toWrite = new ArrayList<>();
    for (int i = 0; i < notes.size(); i++) {
      AnnotatedNote annotated = notes.get(i);
      ClinicalNote note = annotated.note();
      Long person = personIds.get(note.subjectReference());
      Earlier before = earlier.get(note.resourceId());
      if (person == null) {
        parked.park(
            connection,
            note,
            "no person with person_source_value " + note.subjectReference(),
            annotated.processedAt());
        results[i] = new WriteResult.Parked(note.subjectReference());
      } else if (before != null && sameVersion(before, annotated)) {
        results[i] = new WriteResult.Unchanged(before.noteId());
      } else {
        if (before != null) {
          toDelete.add(before.noteId());
        }
        toWrite.add(i);
      }
    }
    List<Long> replaced = rows.deleteAll(connection, toDelete);
    List<Long> newIds =
        NoteRows.Ids.next(
            connection,
            NoteRows.Ids.query(names, "note_id_seq"),
            (int) toWrite.stream().filter(i -> !earlier.containsKey(resourceIds.get(i))).count());
    List<Planned> planned = new ArrayList<>(toWrite.size());
    int nextNew = 0;
    for (int i : toWrite) {
      AnnotatedNote annotated = notes.get(i);
      Earlier before = earlier.get(annotated.note().resourceId());
      long noteId = before != null ? before.noteId() : newIds.get(nextNew++);
      long person = personIds.get(annotated.note().subjectReference());
      planned.add(
          new Planned(
              annotated,
              contexts.of(connection, annotated.note(), noteId, person),
              before != null && replaced.contains(noteId)));
    }
    List<RowCounts> counts = copyRows(connection, planned);
    upsertProcessed(connection, planned);
    parked.unparkAll(
        connection, planned.stream().map(p -> p.annotated().note().resourceId()).toList());
    for (int k = 0; k < planned.size(); k++) {
      Planned p = planned.get(k);
      results[toWrite.get(k)] =
          new WriteResult.Written(p.context().noteId(), counts.get(k).asMap(), p.replaced());
    }
    return List.of(results);
  }

  private static boolean sameVersion(Earlier before, AnnotatedNote annotated) {
    ClinicalNote note = annotated.note();
    return Objects.equals(before.versionId(), note.versionId())
        && before.nlpSystem().equals(annotated.nlpSystem())
        && before.textHash().equals(Columns.sha256(note.text()));
  }

  private Map<String, Earlier> earlier(Connection connection, List<String> resourceIds)
      throws SQLException {
    Map<String, Earlier> found = new HashMap<>();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT resource_id, note_id, version_id, nlp_system, text_sha256 FROM "
                + processedTable
                + " WHERE resource_id = ANY(?)")) {
      statement.setArray(1, connection.createArrayOf("text", resourceIds.toArray()));
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          found.put(
              rs.getString(1),
              new Earlier(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)));
        }
      }
    }
    return found;
  }

  /** COPYs the NOTE, NOTE_NLP, derived and provenance rows; the row counts of each note. */
  private List<RowCounts> copyRows(Connection connection, List<Planned> planned)
      throws SQLException {
    CopyBuffer noteRows = rows.noteCopy();
    CopyBuffer nlpRows = rows.nlpCopy();
    CopyBuffer provenance =
        new CopyBuffer(names.ownObject("derived_row"), "cdm_table, row_id, note_nlp_id, note_id");
    Map<DerivedRows.Target, CopyBuffer> derived = new EnumMap<>(DerivedRows.Target.class);
    for (DerivedRows.Target target : DerivedRows.Target.values()) {
      derived.put(target, new CopyBuffer(names.cdmTable(target.table), derivedColumns.get(target)));
    }
    int mentions = planned.stream().mapToInt(p -> p.annotated().mentions().size()).sum();
    List<Long> nlpIds = NoteRows.Ids.next(connection, rows.nextNlpIdsQuery(), mentions);
    Map<DerivedRows.Target, Integer> derivedCount = new EnumMap<>(DerivedRows.Target.class);
    for (Planned p : planned) {
      for (MappedMention m : p.annotated().mentions()) {
        DerivedRows.Target target = DerivedRows.targetOf(m);
        if (target != null) {
          derivedCount.merge(target, 1, Integer::sum);
        }
      }
    }
    Map<DerivedRows.Target, List<Long>> derivedIdLists = new EnumMap<>(DerivedRows.Target.class);
    for (Map.Entry<DerivedRows.Target, Integer> e : derivedCount.entrySet()) {
      derivedIdLists.put(
          e.getKey(), NoteRows.Ids.next(connection, derivedIds.get(e.getKey()), e.getValue()));
    }
    Map<DerivedRows.Target, Integer> nextDerived = new EnumMap<>(DerivedRows.Target.class);
    List<RowCounts> counts = new ArrayList<>(planned.size());
    int nextNlp = 0;
    for (Planned p : planned) {
      AnnotatedNote annotated = p.annotated();
      ClinicalNote note = annotated.note();
      NoteRows.NoteContext context = p.context();
      RowCounts count = new RowCounts();
      rows.addNoteRow(noteRows, note, context);
      count.add("note", 1);
      LocalDateTime processed = LocalDateTime.ofInstant(annotated.processedAt(), ZoneOffset.UTC);
      for (MappedMention m : annotated.mentions()) {
        long nlpId = nlpIds.get(nextNlp++);
        rows.addNlpRow(nlpRows, note, m, nlpId, context.noteId(), annotated.nlpSystem(), processed);
        DerivedRows.Target target = DerivedRows.targetOf(m);
        if (target != null) {
          int at = nextDerived.merge(target, 1, Integer::sum) - 1;
          long rowId = derivedIdLists.get(target).get(at);
          DerivedRows.addRow(derived.get(target), target, rowId, note, context, m);
          provenance.add(target.table).add(rowId).add(nlpId).add(context.noteId()).endRow();
          count.add(target.table, 1);
        }
      }
      count.add("note_nlp", annotated.mentions().size());
      counts.add(count);
    }
    noteRows.copy(connection);
    nlpRows.copy(connection);
    for (CopyBuffer buffer : derived.values()) {
      buffer.copy(connection);
    }
    provenance.copy(connection);
    return counts;
  }

  /** Upserts the {@code processed_note} rows through a staging table filled by COPY. */
  private void upsertProcessed(Connection connection, List<Planned> planned) throws SQLException {
    if (planned.isEmpty()) {
      return;
    }
    String columns =
        "resource_id, version_id, source_value, note_id, nlp_system, text_sha256, processed_at";
    try (var statement = connection.createStatement()) {
      statement.execute(
          "CREATE TEMP TABLE IF NOT EXISTS n2o_processed_stage (LIKE "
              + processedTable
              + " INCLUDING DEFAULTS) ON COMMIT DELETE ROWS");
    }
    CopyBuffer stage = new CopyBuffer("n2o_processed_stage", columns);
    for (Planned p : planned) {
      ClinicalNote note = p.annotated().note();
      stage
          .add(note.resourceId())
          .add(note.versionId())
          .add(note.sourceValue())
          .add(p.context().noteId())
          .add(p.annotated().nlpSystem())
          .add(Columns.sha256(note.text()))
          .add(p.annotated().processedAt().atOffset(ZoneOffset.UTC).toString())
          .endRow();
    }
    stage.copy(connection);
    try (var statement = connection.createStatement()) {
      statement.executeUpdate(
          "INSERT INTO "
              + processedTable
              + " ("
              + columns
              + ") SELECT "
              + columns
              + " FROM n2o_processed_stage ON CONFLICT (resource_id) DO UPDATE SET"
              + " version_id = EXCLUDED.version_id, source_value = EXCLUDED.source_value,"
              + " note_id = EXCLUDED.note_id, nlp_system = EXCLUDED.nlp_system,"
              + " text_sha256 = EXCLUDED.text_sha256, processed_at = EXCLUDED.processed_at");
    }
  }
}
