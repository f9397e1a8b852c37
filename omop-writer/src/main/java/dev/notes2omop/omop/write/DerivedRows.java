package dev.notes2omop.omop.write;

import dev.notes2omop.core.mapping.ConceptMatch;
import dev.notes2omop.core.mapping.MappedMention;
import dev.notes2omop.core.nlp.DrugDose;
import dev.notes2omop.core.nlp.MeasurementValue;
import dev.notes2omop.core.note.ClinicalNote;
import dev.notes2omop.omop.schema.SchemaNames;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CONDITION_OCCURRENCE, DRUG_EXPOSURE and MEASUREMENT rows derived from mentions whose term exists
 * and whose concept is mapped, routed by the concept's domain, each with a provenance row linking
 * it to its NOTE_NLP row and saying whether the concept is the mention's own or broader. A drug
 * carries its stated dose, route and duration; a measurement its value, qualitative or numeric.
 */
final class DerivedRows {

  /** {@code *_type_concept_id}: NLP. */
  static final int TYPE_NLP = 32858;

  /** {@code *_source_value}, unit_source_value and value_source_value are varchar(50). */
  private static final int SOURCE_VALUE_LENGTH = 50;

  /** {@code derived_row.broader_via} is varchar(250). */
  private static final int TEXT_250 = 250;

  /** {@code DRUG_EXPOSURE.sig} is text; a sig is a phrase, kept to a line's length. */
  private static final int SIG_LENGTH = 1000;

  /** The CDM tables mentions are derived into, by concept domain. */
  enum Target {
    CONDITION("condition", "condition_occurrence", "condition_occurrence_id"),
    DRUG("drug", "drug_exposure", "drug_exposure_id"),
    MEASUREMENT("measurement", "measurement", "measurement_id");

    final String domain;
    final String table;
    final String idColumn;

    Target(String domain, String table, String idColumn) {
      this.domain = domain;
      this.table = table;
      this.idColumn = idColumn;
    }

    /** The target of a concept's {@code domain_id}, or {@code null} when it has none (yet). */
    static Target of(String domainId) {
      if (domainId == null) {
        return null;
      }
      String domain = domainId.trim().toLowerCase(Locale.ROOT);
      for (Target target : values()) {
        if (target.domain.equals(domain)) {
          return target;
        }
      }
      return null;
    }
  }

  /** A mention and the id of its NOTE_NLP row. */
  record Source(MappedMention mapped, long noteNlpId) {}

  private final Map<Target, String> inserts = new EnumMap<>(Target.class);
  private final Map<Target, String> deletes = new EnumMap<>(Target.class);
  private final Map<Target, String> idQueries = new EnumMap<>(Target.class);
  private final Map<Target, String> deletesMany = new EnumMap<>(Target.class);
  private final String insertProvenance;
  private final String deleteProvenance;
  private final String deleteProvenanceMany;

  DerivedRows(SchemaNames names) {
    inserts.put(
        Target.CONDITION,
        "INSERT INTO "
            + names.cdmTable("condition_occurrence")
            + " (condition_occurrence_id, person_id, condition_concept_id, condition_start_date,"
            + " condition_start_datetime, condition_type_concept_id, visit_occurrence_id,"
            + " condition_source_value, condition_source_concept_id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    inserts.put(
        Target.DRUG,
        "INSERT INTO "
            + names.cdmTable("drug_exposure")
            + " (drug_exposure_id, person_id, drug_concept_id, drug_exposure_start_date,"
            + " drug_exposure_start_datetime, drug_type_concept_id, visit_occurrence_id,"
            + " drug_source_value, drug_source_concept_id, drug_exposure_end_date, quantity,"
            + " days_supply, sig, route_concept_id, route_source_value, dose_unit_source_value)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    inserts.put(
        Target.MEASUREMENT,
        "INSERT INTO "
            + names.cdmTable("measurement")
            + " (measurement_id, person_id, measurement_concept_id, measurement_date,"
            + " measurement_datetime, measurement_type_concept_id, visit_occurrence_id,"
            + " measurement_source_value, measurement_source_concept_id, value_as_number,"
            + " unit_concept_id, unit_source_value, operator_concept_id, range_low, range_high,"
            + " value_source_value, value_as_concept_id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    String provenance = names.ownObject("derived_row");
    for (Target target : Target.values()) {
      deletes.put(
          target,
          "DELETE FROM "
              + names.cdmTable(target.table)
              + " WHERE "
              + target.idColumn
              + " IN (SELECT row_id FROM "
              + provenance
              + " WHERE note_id = ? AND cdm_table = '"
              + target.table
              + "')");
      deletesMany.put(
          target,
          "DELETE FROM "
              + names.cdmTable(target.table)
              + " WHERE "
              + target.idColumn
              + " IN (SELECT row_id FROM "
              + provenance
              + " WHERE note_id = ANY(?) AND cdm_table = '"
              + target.table
              + "')");
      idQueries.put(target, NoteRows.Ids.query(names, target.table + "_id_seq"));
    }
    this.insertProvenance =
        "INSERT INTO "
            + provenance
            + " (cdm_table, row_id, note_nlp_id, note_id, equivalence, broader_via)"
            + " VALUES (?, ?, ?, ?, ?, ?)";
    this.deleteProvenance = "DELETE FROM " + provenance + " WHERE note_id = ?";
    this.deleteProvenanceMany = "DELETE FROM " + provenance + " WHERE note_id = ANY(?)";
  }

  /** Whether a mention becomes a derived row, and where. */
  static Target targetOf(MappedMention mapped) {
    if (!mapped.mention().assertion().termExists() || !mapped.concept().isMapped()) {
      return null;
    }
    return Target.of(mapped.concept().domainId());
  }

  void insert(
      Connection connection,
      ClinicalNote note,
      NoteRows.NoteContext context,
      List<Source> sources,
      RowCounts counts)
      throws SQLException {
    Map<Target, List<Source>> byTarget = new EnumMap<>(Target.class);
    for (Source source : sources) {
      Target target = targetOf(source.mapped());
      if (target != null) {
        byTarget.computeIfAbsent(target, t -> new ArrayList<>()).add(source);
      }
    }
    if (byTarget.isEmpty()) {
      return;
    }
    try (PreparedStatement provenance = connection.prepareStatement(insertProvenance)) {
      for (Map.Entry<Target, List<Source>> entry : byTarget.entrySet()) {
        Target target = entry.getKey();
        List<Source> rows = entry.getValue();
        List<Long> ids = NoteRows.Ids.next(connection, idQueries.get(target), rows.size());
        try (PreparedStatement statement = connection.prepareStatement(inserts.get(target))) {
          for (int i = 0; i < rows.size(); i++) {
            bindCommon(statement, ids.get(i), note, context, rows.get(i).mapped());
            if (target == Target.DRUG) {
              Parameters.setDate(statement, 10, note.date());
              bindDose(statement, rows.get(i).mapped());
            } else if (target == Target.MEASUREMENT) {
              bindValue(statement, rows.get(i).mapped());
            }
            statement.addBatch();
            provenance.setString(1, target.table);
            provenance.setLong(2, ids.get(i));
            provenance.setLong(3, rows.get(i).noteNlpId());
            provenance.setLong(4, context.noteId());
            ConceptMatch concept = rows.get(i).mapped().concept();
            provenance.setString(5, concept.isBroader() ? "broader" : "equal");
            provenance.setString(6, Columns.fit(concept.broaderVia(), TEXT_250));
            provenance.addBatch();
          }
          statement.executeBatch();
        }
        counts.add(target.table, rows.size());
      }
      provenance.executeBatch();
    }
  }

  /** The first nine columns, the same in each derived table. */
  private static void bindCommon(
      PreparedStatement statement,
      long id,
      ClinicalNote note,
      NoteRows.NoteContext context,
      MappedMention mapped)
      throws SQLException {
    ConceptMatch concept = mapped.concept();
    statement.setLong(1, id);
    statement.setLong(2, context.personId());
    statement.setInt(3, concept.conceptId());
    Parameters.setDate(statement, 4, note.date());
    Parameters.setDateTime(statement, 5, note.dateTime());
    statement.setInt(6, TYPE_NLP);
    Parameters.setLong(statement, 7, context.visitOccurrenceId());
    statement.setString(8, Columns.fit(mapped.mention().text(), SOURCE_VALUE_LENGTH));
    statement.setInt(9, concept.sourceConceptId());
  }

  /**
   * quantity (the stated amount), days_supply, sig, route_concept_id, route_source_value and
   * dose_unit_source_value; all null when the note states no dose.
   */
  private static void bindDose(PreparedStatement statement, MappedMention mapped)
      throws SQLException {
    DrugDose dose = mapped.mention().dose();
    if (dose == null) {
      Parameters.setDecimal(statement, 11, null);
      statement.setNull(12, Types.INTEGER);
      statement.setString(13, null);
      Parameters.setConceptOrNull(statement, 14, 0);
      statement.setString(15, null);
      statement.setString(16, null);
      return;
    }
    Parameters.setDecimal(statement, 11, dose.amount());
    if (dose.daysSupply() == null) {
      statement.setNull(12, Types.INTEGER);
    } else {
      statement.setInt(12, dose.daysSupply());
    }
    statement.setString(13, Columns.fit(dose.sig(), SIG_LENGTH));
    if (dose.routeText() == null) {
      Parameters.setConceptOrNull(statement, 14, mapped.routeConceptId());
    } else {
      statement.setInt(14, mapped.routeConceptId());
    }
    statement.setString(15, Columns.fit(dose.routeText(), SOURCE_VALUE_LENGTH));
    statement.setString(
        16, Columns.fit(dose.amount() == null ? null : dose.unit(), SOURCE_VALUE_LENGTH));
  }

  /** value_as_number to value_as_concept_id, all null when no value was stated. */
  private static void bindValue(PreparedStatement statement, MappedMention mapped)
      throws SQLException {
    MeasurementValue value = mapped.mention().value();
    if (value == null) {
      Parameters.setDecimal(statement, 10, null);
      Parameters.setConceptOrNull(statement, 11, mapped.unitConceptId());
      statement.setString(12, null);
      Parameters.setConceptOrNull(statement, 13, mapped.operatorConceptId());
      Parameters.setDecimal(statement, 14, null);
      Parameters.setDecimal(statement, 15, null);
      statement.setString(16, null);
      Parameters.setConceptOrNull(statement, 17, 0);
      return;
    }
    Parameters.setDecimal(statement, 10, value.number());
    if (value.unit() == null) {
      Parameters.setConceptOrNull(statement, 11, mapped.unitConceptId());
    } else {
      statement.setInt(11, mapped.unitConceptId());
    }
    statement.setString(12, Columns.fit(value.unit(), SOURCE_VALUE_LENGTH));
    Parameters.setConceptOrNull(statement, 13, mapped.operatorConceptId());
    Parameters.setDecimal(statement, 14, value.rangeLow());
    Parameters.setDecimal(statement, 15, value.rangeHigh());
    statement.setString(16, Columns.fit(value.sourceText(), SOURCE_VALUE_LENGTH));
    if (value.qualitative() == null) {
      Parameters.setConceptOrNull(statement, 17, 0);
    } else {
      statement.setInt(17, mapped.valueConceptId());
    }
  }

  /**
   * Deletes the derived rows of a note and their provenance.
   *
   * @return how many derived CDM rows were deleted
   */
  int delete(Connection connection, long noteId) throws SQLException {
    int deleted = 0;
    for (Target target : Target.values()) {
      try (PreparedStatement statement = connection.prepareStatement(deletes.get(target))) {
        statement.setLong(1, noteId);
        deleted += statement.executeUpdate();
      }
    }
    try (PreparedStatement statement = connection.prepareStatement(deleteProvenance)) {
      statement.setLong(1, noteId);
      statement.executeUpdate();
    }
    return deleted;
  }

  /** Deletes the derived rows and provenance of the notes {@code noteIds} (a bigint array). */
  void deleteAll(Connection connection, java.sql.Array noteIds) throws SQLException {
    for (Target target : Target.values()) {
      try (PreparedStatement statement = connection.prepareStatement(deletesMany.get(target))) {
        statement.setArray(1, noteIds);
        statement.executeUpdate();
      }
    }
    try (PreparedStatement statement = connection.prepareStatement(deleteProvenanceMany)) {
      statement.setArray(1, noteIds);
      statement.executeUpdate();
    }
  }

  /** One derived row of {@code target}, with the columns {@link #insert} writes. */
  static void addRow(
      CopyBuffer copy,
      Target target,
      long id,
      ClinicalNote note,
      NoteRows.NoteContext context,
      MappedMention mapped) {
    ConceptMatch concept = mapped.concept();
    copy.add(id)
        .add(context.personId())
        .add(concept.conceptId())
        .add(note.date())
        .add(note.dateTime())
        .add(TYPE_NLP)
        .add(context.visitOccurrenceId())
        .add(Columns.fit(mapped.mention().text(), SOURCE_VALUE_LENGTH))
        .add(concept.sourceConceptId());
    if (target == Target.DRUG) {
      copy.add(note.date());
    } else if (target == Target.MEASUREMENT) {
      addValue(copy, mapped);
    }
    copy.endRow();
  }

  /** value_as_number to value_source_value, as {@link #bindValue} binds them. */
  private static void addValue(CopyBuffer copy, MappedMention mapped) {
    MeasurementValue value = mapped.mention().value();
    if (value == null) {
      copy.add((String) null)
          .addConceptOrNull(mapped.unitConceptId())
          .add((String) null)
          .addConceptOrNull(mapped.operatorConceptId())
          .add((String) null)
          .add((String) null)
          .add((String) null);
      return;
    }
    copy.add(value.number());
    if (value.unit() == null) {
      copy.addConceptOrNull(mapped.unitConceptId());
    } else {
      copy.add(mapped.unitConceptId());
    }
    copy.add(Columns.fit(value.unit(), SOURCE_VALUE_LENGTH))
        .addConceptOrNull(mapped.operatorConceptId())
        .add(value.rangeLow())
        .add(value.rangeHigh())
        .add(Columns.fit(value.sourceText(), SOURCE_VALUE_LENGTH));
  }
}
