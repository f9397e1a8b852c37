package dev.notes2omop.omop.write;

import dev.notes2omop.core.mapping.MappedMention;
import dev.notes2omop.core.nlp.Mention;
import dev.notes2omop.core.nlp.TextFolding;
import dev.notes2omop.core.note.ClinicalNote;
import dev.notes2omop.core.pipeline.AnnotatedNote;
import dev.notes2omop.omop.schema.SchemaNames;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Inserts and deletes one note's NOTE and NOTE_NLP rows, and its derived rows through them. */
final class NoteRows {

  static final int NOTE_TYPE_EHR = 32817;
  static final int NOTE_CLASS_NOTE = 706391;
  static final int ENCODING_UTF8 = 32678;

  /** NOTE.note_title, NOTE_NLP.lexical_variant and nlp_system are varchar(250). */
  private static final int TEXT_250 = 250;

  private static final int NOTE_SOURCE_VALUE_LENGTH = 50;
  private static final int TERM_TEMPORAL_LENGTH = 50;
  private static final int TERM_MODIFIERS_LENGTH = 2000;

  private final DerivedRows derived;
  private final String insertNote;
  private final String insertNlp;
  private final String insertMention;
  private final String deleteMentions;
  private final String nextNlpIds;
  private final String deleteNlp;
  private final String deleteNote;
  private final String deleteNlps;
  private final String deleteNotes;
  private final String noteTable;
  private final String nlpTable;

  NoteRows(SchemaNames names) {
    this.derived = new DerivedRows(names);
    this.insertNote =
        "INSERT INTO "
            + names.cdmTable("note")
            + " (note_id, person_id, note_date, note_datetime, note_type_concept_id,"
            + " note_class_concept_id, note_title, note_text, encoding_concept_id,"
            + " language_concept_id, visit_occurrence_id, note_source_value)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    this.insertNlp =
        "INSERT INTO "
            + names.cdmTable("note_nlp")
            + " (note_nlp_id, note_id, snippet, \"offset\", lexical_variant, note_nlp_concept_id,"
            + " note_nlp_source_concept_id, nlp_system, nlp_date, nlp_datetime, term_exists,"
            + " term_temporal, term_modifiers) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    this.insertMention =
        "INSERT INTO "
            + names.ownObject("nlp_mention")
            + " (note_nlp_id, note_id, folded_key, label, match_type, match_score)"
            + " VALUES (?, ?, ?, ?, ?, ?)";
    this.deleteMentions = "DELETE FROM " + names.ownObject("nlp_mention") + " WHERE note_id = ?";
    this.nextNlpIds = Ids.query(names, "note_nlp_id_seq");
    this.deleteNlp = "DELETE FROM " + names.cdmTable("note_nlp") + " WHERE note_id = ?";
    this.deleteNote = "DELETE FROM " + names.cdmTable("note") + " WHERE note_id = ?";
    this.deleteNlps = "DELETE FROM " + names.cdmTable("note_nlp") + " WHERE note_id = ANY(?)";
    this.deleteNotes =
        "DELETE FROM " + names.cdmTable("note") + " WHERE note_id = ANY(?) RETURNING note_id";
    this.noteTable = names.cdmTable("note");
    this.nlpTable = names.cdmTable("note_nlp");
  }

  /** A COPY of NOTE rows, filled by {@link #addNoteRow}. */
  CopyBuffer noteCopy() {
    return new CopyBuffer(
        noteTable,
        "note_id, person_id, note_date, note_datetime, note_type_concept_id,"
            + " note_class_concept_id, note_title, note_text, encoding_concept_id,"
            + " language_concept_id, visit_occurrence_id, note_source_value");
  }

  /** A COPY of NOTE_NLP rows, filled by {@link #addNlpRow}. */
  CopyBuffer nlpCopy() {
    return new CopyBuffer(
        nlpTable,
        "note_nlp_id, note_id, snippet, \"offset\", lexical_variant, note_nlp_concept_id,"
            + " note_nlp_source_concept_id, nlp_system, nlp_date, nlp_datetime, term_exists,"
            + " term_temporal, term_modifiers");
  }

  /** The query of {@link Ids#next} for NOTE_NLP ids. */
  String nextNlpIdsQuery() {
    return nextNlpIds;
  }

  /** The NOTE row of {@code note}, as {@link #insert} writes it. */
  void addNoteRow(CopyBuffer copy, ClinicalNote note, NoteContext context) {
    copy.add(context.noteId())
        .add(context.personId())
        .add(note.date())
        .add(note.dateTime())
        .add(NOTE_TYPE_EHR)
        .add(context.noteClassConceptId())
        .add(Columns.fit(note.title(), TEXT_250))
        .add(Columns.text(note.text()))
        .add(ENCODING_UTF8)
        .add(context.languageConceptId())
        .add(context.visitOccurrenceId())
        .add(Columns.fit(note.sourceValue(), NOTE_SOURCE_VALUE_LENGTH))
        .endRow();
  }

  /** One NOTE_NLP row, as {@link #insert} writes it. */
  void addNlpRow(
      CopyBuffer copy,
      ClinicalNote note,
      MappedMention mapped,
      long nlpId,
      long noteId,
      String nlpSystem,
      LocalDateTime processed) {
    Mention mention = mapped.mention();
    copy.add(nlpId)
        .add(noteId)
        .add(Columns.snippet(note.text(), mention.start(), mention.end(), Columns.SNIPPET_LENGTH))
        .add(mention.offset())
        .add(Columns.fit(mention.text(), TEXT_250))
        .add(mapped.concept().conceptId())
        .add(mapped.concept().sourceConceptId())
        .add(Columns.fit(nlpSystem, TEXT_250))
        .add(processed.toLocalDate())
        .add(processed)
        .add(mention.assertion().termExists() ? "Y" : "N")
        .add(Columns.fit(mention.assertion().termTemporal(), TERM_TEMPORAL_LENGTH))
        .add(Columns.fit(mention.assertion().termModifiers(), TERM_MODIFIERS_LENGTH))
        .endRow();
  }

  /**
   * Deletes the rows of several notes, as {@link #delete} does for one.
   *
   * @return the ids of the notes that had a NOTE row
   */
  List<Long> deleteAll(Connection connection, List<Long> noteIds) throws SQLException {
    List<Long> had = new ArrayList<>();
    if (noteIds.isEmpty()) {
      return had;
    }
    java.sql.Array ids = connection.createArrayOf("bigint", noteIds.toArray());
    derived.deleteAll(connection, ids);
    try (PreparedStatement statement = connection.prepareStatement(deleteNlps)) {
      statement.setArray(1, ids);
      statement.executeUpdate();
    }
    try (PreparedStatement statement = connection.prepareStatement(deleteNotes)) {
      statement.setArray(1, ids);
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          had.add(rs.getLong(1));
        }
      }
    }
    return had;
  }

  /** What one note's NOTE row says beyond the note itself. */
  record NoteContext(
      long noteId,
      long personId,
      Long visitOccurrenceId,
      int noteClassConceptId,
      int languageConceptId) {}

  /**
   * Inserts the NOTE row, one NOTE_NLP row per mention and the derived rows.
   *
   * @return the rows written per CDM table (NOTE, NOTE_NLP and the derived tables)
   */
  RowCounts insert(Connection connection, AnnotatedNote annotated, NoteContext context)
      throws SQLException {
    ClinicalNote note = annotated.note();
    try (PreparedStatement statement = connection.prepareStatement(insertNote)) {
      statement.setLong(1, context.noteId());
      statement.setLong(2, context.personId());
      Parameters.setDate(statement, 3, note.date());
      Parameters.setDateTime(statement, 4, note.dateTime());
      statement.setInt(5, NOTE_TYPE_EHR);
      statement.setInt(6, context.noteClassConceptId());
      statement.setString(7, Columns.fit(note.title(), TEXT_250));
      statement.setString(8, Columns.text(note.text()));
      statement.setInt(9, ENCODING_UTF8);
      statement.setInt(10, context.languageConceptId());
      Parameters.setLong(statement, 11, context.visitOccurrenceId());
      statement.setString(12, Columns.fit(note.sourceValue(), NOTE_SOURCE_VALUE_LENGTH));
      statement.executeUpdate();
    }
    RowCounts counts = new RowCounts();
    counts.add("note", 1);
    List<MappedMention> mentions = annotated.mentions();
    List<Long> nlpIds = Ids.next(connection, nextNlpIds, mentions.size());
    LocalDateTime processed = LocalDateTime.ofInstant(annotated.processedAt(), ZoneOffset.UTC);
    try (PreparedStatement statement = connection.prepareStatement(insertNlp)) {
      for (int i = 0; i < mentions.size(); i++) {
        addNlpRow(
            statement,
            note,
            mentions.get(i),
            nlpIds.get(i),
            context.noteId(),
            annotated,
            processed);
        statement.addBatch();
      }
      if (!mentions.isEmpty()) {
        statement.executeBatch();
      }
    }
    counts.add("note_nlp", mentions.size());
    insertMentions(connection, mentions, nlpIds, context.noteId());
    List<DerivedRows.Source> sources = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      sources.add(new DerivedRows.Source(mentions.get(i), nlpIds.get(i)));
    }
    derived.insert(connection, note, context, sources, counts);
    return counts;
  }

  /** What NOTE_NLP lacks for the review page: folded text, label, how the concept was chosen. */
  private void insertMentions(
      Connection connection, List<MappedMention> mentions, List<Long> nlpIds, long noteId)
      throws SQLException {
    if (mentions.isEmpty()) {
      return;
    }
    try (PreparedStatement statement = connection.prepareStatement(insertMention)) {
      for (int i = 0; i < mentions.size(); i++) {
        MappedMention mapped = mentions.get(i);
        statement.setLong(1, nlpIds.get(i));
        statement.setLong(2, noteId);
        statement.setString(3, TextFolding.key(mapped.mention().text()));
        statement.setString(4, mapped.mention().label().name());
        statement.setString(5, mapped.concept().matchType().name());
        statement.setFloat(6, (float) mapped.concept().score());
        statement.addBatch();
      }
      statement.executeBatch();
    }
  }

  private static void addNlpRow(
      PreparedStatement statement,
      ClinicalNote note,
      MappedMention mapped,
      long nlpId,
      long noteId,
      AnnotatedNote annotated,
      LocalDateTime processed)
      throws SQLException {
    Mention mention = mapped.mention();
    statement.setLong(1, nlpId);
    statement.setLong(2, noteId);
    statement.setString(
        3, Columns.snippet(note.text(), mention.start(), mention.end(), Columns.SNIPPET_LENGTH));
    statement.setString(4, mention.offset());
    statement.setString(5, Columns.fit(mention.text(), TEXT_250));
    statement.setInt(6, mapped.concept().conceptId());
    statement.setInt(7, mapped.concept().sourceConceptId());
    statement.setString(8, Columns.fit(annotated.nlpSystem(), TEXT_250));
    Parameters.setDate(statement, 9, processed.toLocalDate());
    Parameters.setDateTime(statement, 10, processed);
    statement.setString(11, mention.assertion().termExists() ? "Y" : "N");
    statement.setString(12, Columns.fit(mention.assertion().termTemporal(), TERM_TEMPORAL_LENGTH));
    String modifiers = mention.assertion().termModifiers();
    if (mapped.concept().isBroader()) {
      modifiers += ",equivalence=broader";
    }
    statement.setString(13, Columns.fit(modifiers, TERM_MODIFIERS_LENGTH));
  }

  /**
   * Deletes the note's derived rows, their provenance, its NOTE_NLP rows and its NOTE row.
   *
   * @return how many rows were deleted
   */
  int delete(Connection connection, long noteId) throws SQLException {
    int deleted = derived.delete(connection, noteId);
    delete(connection, deleteMentions, noteId);
    deleted += delete(connection, deleteNlp, noteId);
    deleted += delete(connection, deleteNote, noteId);
    return deleted;
  }

  private static int delete(Connection connection, String sql, long noteId) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, noteId);
      return statement.executeUpdate();
    }
  }

  /** Ids from a sequence, several in one round trip. */
  static final class Ids {
    private Ids() {}

    static String query(SchemaNames names, String sequence) {
      return "SELECT nextval('" + names.ownObject(sequence) + "') FROM generate_series(1, ?)";
    }

    static List<Long> next(Connection connection, String query, int count) throws SQLException {
      List<Long> ids = new ArrayList<>(count);
      if (count == 0) {
        return ids;
      }
      try (PreparedStatement statement = connection.prepareStatement(query)) {
        statement.setInt(1, count);
        try (ResultSet rs = statement.executeQuery()) {
          while (rs.next()) {
            ids.add(rs.getLong(1));
          }
        }
      }
      return ids;
    }
  }
}
