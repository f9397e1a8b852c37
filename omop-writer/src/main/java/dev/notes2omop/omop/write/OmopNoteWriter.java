package dev.notes2omop.omop.write;

import dev.notes2omop.core.note.ClinicalNote;
import dev.notes2omop.core.pipeline.AnnotatedNote;
import dev.notes2omop.core.pipeline.NoteState;
import dev.notes2omop.core.pipeline.OmopSink;
import dev.notes2omop.core.pipeline.WriteResult;
import dev.notes2omop.omop.schema.SchemaNames;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes an annotated note as OMOP CDM rows (DESIGN §3): one NOTE row, one NOTE_NLP row per
 * mention, and CONDITION_OCCURRENCE / DRUG_EXPOSURE / MEASUREMENT rows for the mentions whose term
 * exists and whose concept is mapped, with provenance. Each note is written in one transaction that
 * first removes the rows of an earlier write of the same resource; writes of one resource are
 * serialised (an advisory lock), writes of different notes run in parallel. A note whose person
 * does not exist is parked, never written with an invented person.
 */
public final class OmopNoteWriter implements OmopSink {

  /** The concept name of the notes' language looked up by default. */
  public static final String DEFAULT_LANGUAGE_CONCEPT_NAME = "Spanish language";

  private static final Logger log = LoggerFactory.getLogger(OmopNoteWriter.class);

  /** The most notes {@link #writeAll} writes in one transaction. */
  static final int MAX_BATCH = 500;

  private final DataSource dataSource;
  private final PersonResolver persons;
  private final NoteContexts contexts;
  private final NoteRows rows;
  private final ParkedNotes parked;
  private final BatchNoteWriter batches;
  private final String findProcessed;
  private final String findProcessedMany;
  private final String upsertProcessed;
  private final String deleteProcessed;
  private final String nextNoteId;

  public OmopNoteWriter(DataSource dataSource, SchemaNames names) {
    this(dataSource, names, DEFAULT_LANGUAGE_CONCEPT_NAME);
  }

  /**
   * @param languageConceptName the {@code concept_name} of the notes' language (e.g. {@code Spanish
   *     language}); {@code language_concept_id} is 0 when the vocabulary lacks it
   */
  public OmopNoteWriter(DataSource dataSource, SchemaNames names, String languageConceptName) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.persons = new PersonResolver(names);
    this.contexts =
        new NoteContexts(names, Objects.requireNonNull(languageConceptName, "languageConceptName"));
    this.rows = new NoteRows(names);
    this.parked = new ParkedNotes(dataSource, names);
    this.batches = new BatchNoteWriter(names, rows, persons, parked, contexts);
    String processed = names.ownObject("processed_note");
    this.findProcessed =
        "SELECT note_id, version_id, nlp_system, text_sha256 FROM "
            + processed
            + " WHERE resource_id = ?";
    this.findProcessedMany =
        "SELECT resource_id, version_id, nlp_system, text_sha256 FROM "
            + processed
            + " WHERE resource_id = ANY(?)";
    this.upsertProcessed =
        "INSERT INTO "
            + processed
            + " (resource_id, version_id, source_value, note_id, nlp_system, text_sha256,"
            + " processed_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (resource_id) DO UPDATE SET"
            + " version_id = EXCLUDED.version_id, source_value = EXCLUDED.source_value,"
            + " note_id = EXCLUDED.note_id, nlp_system = EXCLUDED.nlp_system,"
            + " text_sha256 = EXCLUDED.text_sha256, processed_at = EXCLUDED.processed_at";
    this.deleteProcessed = "DELETE FROM " + processed + " WHERE resource_id = ?";
    this.nextNoteId = "SELECT nextval('" + names.ownObject("note_id_seq") + "')";
  }

  /** A row of {@code processed_note}. */
  private record Processed(long noteId, String versionId, String nlpSystem, String textHash) {}

  @Override
  public boolean isUpToDate(ClinicalNote note, String nlpSystem) {
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(nlpSystem, "nlpSystem");
    Processed processed =
        Transactions.inTransaction(
            dataSource,
            "reading the state of " + note.resourceId(),
            connection -> findProcessed(connection, note.resourceId()));
    return processed != null
        && Objects.equals(processed.versionId(), note.versionId())
        && processed.nlpSystem().equals(nlpSystem)
        && processed.textHash().equals(Columns.sha256(note.text()));
  }

  @Override
  public boolean parkIfPersonMissing(ClinicalNote note, Instant at) {
    Objects.requireNonNull(note, "note");
    boolean parkedNow =
        Transactions.inTransaction(
            dataSource,
            "checking the person of " + note.sourceValue(),
            connection -> {
              Transactions.lock(connection, Columns.lockKey("note", note.resourceId()));
              if (persons.resolve(connection, note.subjectReference()).isPresent()) {
                return false;
              }
              parked.park(
                  connection,
                  note,
                  "no person with person_source_value " + note.subjectReference(),
                  at);
              return true;
            });
    if (parkedNow) {
      log.info("{}: its person does not exist yet, note parked", note.sourceValue());
    }
    return parkedNow;
  }

  @Override
  public WriteResult write(AnnotatedNote annotated) {
    Objects.requireNonNull(annotated, "annotated");
    ClinicalNote note = annotated.note();
    WriteResult result =
        Transactions.inTransaction(
            dataSource,
            "writing " + note.sourceValue(),
            connection -> write(connection, annotated));
    if (result instanceof WriteResult.Written written) {
      log.debug("{}: wrote {}", note.sourceValue(), written.rowsByTable());
    } else {
      log.info("{}: its person does not exist yet, note parked", note.sourceValue());
    }
    return result;
  }

  private WriteResult write(Connection connection, AnnotatedNote annotated) throws SQLException {
    ClinicalNote note = annotated.note();
    Transactions.lock(connection, Columns.lockKey("note", note.resourceId()));
    OptionalLong person = persons.resolve(connection, note.subjectReference());
    if (person.isEmpty()) {
      parked.park(
          connection,
          note,
          "no person with person_source_value " + note.subjectReference(),
          annotated.processedAt());
      return new WriteResult.Parked(note.subjectReference());
    }
    Processed earlier = findProcessed(connection, note.resourceId());
    boolean replaced = earlier != null && rows.delete(connection, earlier.noteId()) > 0;
    long noteId = earlier != null ? earlier.noteId() : nextNoteId(connection);
    NoteRows.NoteContext context = contexts.of(connection, note, noteId, person.getAsLong());
    RowCounts counts = rows.insert(connection, annotated, context);
    try (PreparedStatement statement = connection.prepareStatement(upsertProcessed)) {
      statement.setString(1, note.resourceId());
      statement.setString(2, note.versionId());
      statement.setString(3, note.sourceValue());
      statement.setLong(4, noteId);
      statement.setString(5, annotated.nlpSystem());
      statement.setString(6, Columns.sha256(note.text()));
      statement.setObject(7, annotated.processedAt().atOffset(ZoneOffset.UTC));
      statement.executeUpdate();
    }
    parked.unpark(connection, note.resourceId());
    return new WriteResult.Written(noteId, counts.asMap(), replaced);
  }

  /**
   * Answers a batch in one transaction: the notes already written in this version by {@code
   * nlpSystem}, then, for the others, their persons; a note whose person is missing is parked under
   * its advisory lock, as {@link #parkIfPersonMissing} does.
   */
  @Override
  public List<NoteState> screen(List<ClinicalNote> notes, String nlpSystem, Instant at) {
    Objects.requireNonNull(nlpSystem, "nlpSystem");
    if (notes.isEmpty()) {
      return List.of();
    }
    List<NoteState> states =
        Transactions.inTransaction(
            dataSource,
            "screening " + notes.size() + " notes",
            connection -> screen(connection, notes, nlpSystem, at));
    for (int i = 0; i < notes.size(); i++) {
      if (states.get(i) == NoteState.PARKED) {
        log.info("{}: its person does not exist yet, note parked", notes.get(i).sourceValue());
      }
    }
    return states;
  }

  private List<NoteState> screen(
      Connection connection, List<ClinicalNote> notes, String nlpSystem, Instant at)
      throws SQLException {
    Map<String, Processed> processed = new HashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(findProcessedMany)) {
      statement.setArray(
          1,
          connection.createArrayOf(
              "text", notes.stream().map(ClinicalNote::resourceId).distinct().toArray()));
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          processed.put(
              rs.getString(1), new Processed(0, rs.getString(2), rs.getString(3), rs.getString(4)));
        }
      }
    }
    NoteState[] states = new NoteState[notes.size()];
    List<ClinicalNote> rest = new ArrayList<>();
    for (int i = 0; i < notes.size(); i++) {
      ClinicalNote note = notes.get(i);
      Processed p = processed.get(note.resourceId());
      boolean upToDate =
          p != null
              && Objects.equals(p.versionId(), note.versionId())
              && p.nlpSystem().equals(nlpSystem)
              && p.textHash().equals(Columns.sha256(note.text()));
      if (upToDate) {
        states[i] = NoteState.UP_TO_DATE;
      } else {
        rest.add(note);
      }
    }
    Map<String, Long> personIds =
        persons.resolveAll(connection, rest.stream().map(ClinicalNote::subjectReference).toList());
    List<ClinicalNote> missing =
        rest.stream().filter(n -> !personIds.containsKey(n.subjectReference())).toList();
    if (!missing.isEmpty()) {
      Transactions.lockAll(
          connection, missing.stream().map(n -> Columns.lockKey("note", n.resourceId())).toList());
      Map<String, Long> recheck =
          persons.resolveAll(
              connection, missing.stream().map(ClinicalNote::subjectReference).toList());
      personIds.putAll(recheck);
      for (ClinicalNote note : missing) {
        if (!recheck.containsKey(note.subjectReference())) {
          parked.park(
              connection,
              note,
              "no person with person_source_value " + note.subjectReference(),
              at);
        }
      }
    }
    for (int i = 0; i < notes.size(); i++) {
      if (states[i] == null) {
        boolean known = personIds.containsKey(notes.get(i).subjectReference());
        states[i] = known ? NoteState.READY : NoteState.PARKED;
      }
    }
    return List.of(states);
  }

  /**
   * Writes the notes in transactions of up to {@value #MAX_BATCH} (all of a transaction or none),
   * each note as {@link #write} would, with COPY. A note that appears twice (two versions in one
   * input) is written by a later transaction than its first appearance, in input order.
   */
  @Override
  public List<WriteResult> writeAll(List<AnnotatedNote> notes) {
    Objects.requireNonNull(notes, "notes");
    List<WriteResult> results = new ArrayList<>(notes.size());
    int from = 0;
    while (from < notes.size()) {
      List<AnnotatedNote> batch = new ArrayList<>();
      Set<String> ids = new HashSet<>();
      int to = from;
      while (to < notes.size()
          && batch.size() < MAX_BATCH
          && ids.add(notes.get(to).note().resourceId())) {
        batch.add(notes.get(to++));
      }
      results.addAll(
          Transactions.inTransaction(
              dataSource,
              "writing " + batch.size() + " notes",
              connection -> batches.write(connection, batch)));
      from = to;
    }
    if (log.isDebugEnabled()) {
      log.debug("wrote a batch of {} notes", notes.size());
    }
    return results;
  }

  @Override
  public boolean remove(String resourceId) {
    Objects.requireNonNull(resourceId, "resourceId");
    boolean removed =
        Transactions.inTransaction(
            dataSource,
            "removing " + resourceId,
            connection -> {
              Transactions.lock(connection, Columns.lockKey("note", resourceId));
              boolean any = parked.unpark(connection, resourceId);
              Processed processed = findProcessed(connection, resourceId);
              if (processed != null) {
                rows.delete(connection, processed.noteId());
                try (PreparedStatement statement = connection.prepareStatement(deleteProcessed)) {
                  statement.setString(1, resourceId);
                  statement.executeUpdate();
                }
                any = true;
              }
              return any;
            });
    log.debug("{}: removed ({})", resourceId, removed);
    return removed;
  }

  private Processed findProcessed(Connection connection, String resourceId) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(findProcessed)) {
      statement.setString(1, resourceId);
      try (ResultSet rs = statement.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        return new Processed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4));
      }
    }
  }

  private long nextNoteId(Connection connection) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(nextNoteId);
        ResultSet rs = statement.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
