package dev.notes2omop.omop.write;

import dev.notes2omop.core.note.ClinicalNote;
import dev.notes2omop.core.note.NoteStatus;
import dev.notes2omop.omop.schema.SchemaNames;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Notes kept until their person exists ({@code parked_note}): the whole {@link ClinicalNote}, so
 * that it can be processed again, with the reason, when it was parked and how many times.
 */
public final class ParkedNotes {

  private static final String COLUMNS =
      "resource_id, version_id, subject_reference, encounter_reference, note_date, note_datetime,"
          + " type_code, title, note_text, status";

  private final DataSource dataSource;
  private final String upsert;
  private final String delete;
  private final String deleteMany;
  private final String resolvable;
  private final String count;

  public ParkedNotes(DataSource dataSource, SchemaNames names) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    String parked = names.ownObject("parked_note");
    this.upsert =
        "INSERT INTO "
            + parked
            + " ("
            + COLUMNS
            + ", reason, parked_at, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"
            + " ON CONFLICT (resource_id) DO UPDATE SET version_id = EXCLUDED.version_id,"
            + " subject_reference = EXCLUDED.subject_reference,"
            + " encounter_reference = EXCLUDED.encounter_reference,"
            + " note_date = EXCLUDED.note_date, note_datetime = EXCLUDED.note_datetime,"
            + " type_code = EXCLUDED.type_code, title = EXCLUDED.title,"
            + " note_text = EXCLUDED.note_text, status = EXCLUDED.status,"
            + " reason = EXCLUDED.reason, parked_at = EXCLUDED.parked_at,"
            + " attempts = "
            + parked
            + ".attempts + 1";
    this.delete = "DELETE FROM " + parked + " WHERE resource_id = ?";
    this.deleteMany = "DELETE FROM " + parked + " WHERE resource_id = ANY(?)";
    this.resolvable =
        "SELECT "
            + COLUMNS
            + " FROM "
            + parked
            + " p WHERE EXISTS (SELECT 1 FROM "
            + names.ownObject("person_source")
            + " s WHERE s.person_source_value = p.subject_reference)"
            + " OR EXISTS (SELECT 1 FROM "
            + names.cdmTable("person")
            + " x WHERE x.person_source_value = p.subject_reference)"
            + " ORDER BY p.parked_at, p.resource_id LIMIT ?";
    this.count = "SELECT count(*) FROM " + parked;
  }

  /** The parked notes whose person now exists, oldest first. */
  public List<ClinicalNote> resolvable() {
    return resolvable(Integer.MAX_VALUE);
  }

  /** At most {@code limit} parked notes whose person now exists, oldest first. */
  public List<ClinicalNote> resolvable(int limit) {
    return Transactions.inTransaction(
        dataSource,
        "reading parked notes",
        connection -> {
          List<ClinicalNote> notes = new ArrayList<>();
          try (PreparedStatement statement = connection.prepareStatement(resolvable)) {
            statement.setInt(1, limit);
            try (ResultSet rs = statement.executeQuery()) {
              while (rs.next()) {
                notes.add(read(rs));
              }
            }
          }
          return notes;
        });
  }

  /** How many notes are parked. */
  public int count() {
    return Transactions.inTransaction(
        dataSource,
        "counting parked notes",
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(count);
              ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getInt(1);
          }
        });
  }

  /** Parks {@code note} (replacing an earlier parked copy, counting the attempt). */
  void park(Connection connection, ClinicalNote note, String reason, Instant when)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(upsert)) {
      statement.setString(1, note.resourceId());
      statement.setString(2, note.versionId());
      statement.setString(3, note.subjectReference());
      statement.setString(4, note.encounterReference());
      Parameters.setDate(statement, 5, note.date());
      Parameters.setDateTime(statement, 6, note.dateTime());
      statement.setString(7, note.typeCode());
      statement.setString(8, note.title());
      statement.setString(9, Columns.text(note.text()));
      statement.setString(10, note.status().name());
      statement.setString(11, Columns.fit(reason, 500));
      statement.setObject(12, when.atOffset(ZoneOffset.UTC));
      statement.executeUpdate();
    }
  }

  /** Removes the parked copy of {@code resourceId}; whether there was one. */
  boolean unpark(Connection connection, String resourceId) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(delete)) {
      statement.setString(1, resourceId);
      return statement.executeUpdate() > 0;
    }
  }

  /** Removes the parked copies of {@code resourceIds}. */
  void unparkAll(Connection connection, List<String> resourceIds) throws SQLException {
    if (resourceIds.isEmpty()) {
      return;
    }
    try (PreparedStatement statement = connection.prepareStatement(deleteMany)) {
      statement.setArray(1, connection.createArrayOf("text", resourceIds.toArray()));
      statement.executeUpdate();
    }
  }

  private static ClinicalNote read(ResultSet rs) throws SQLException {
    return new ClinicalNote(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getObject(5, LocalDate.class),
        rs.getObject(6, LocalDateTime.class),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        NoteStatus.valueOf(rs.getString(10)));
  }
}
