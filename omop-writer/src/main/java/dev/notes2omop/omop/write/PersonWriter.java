package dev.notes2omop.omop.write;

import dev.notes2omop.core.note.Gender;
import dev.notes2omop.core.note.PersonRecord;
import dev.notes2omop.omop.schema.SchemaNames;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * Writes CDM {@code person} rows, keyed by the source reference ({@code person_source_value}, e.g.
 * {@code Patient/7}). Thread-safe; concurrent upserts of one person give one row.
 */
public final class PersonWriter {

  /** CDM person.person_source_value and gender_source_value are varchar(50). */
  private static final int SOURCE_VALUE_LENGTH = 50;

  private final DataSource dataSource;
  private final PersonResolver resolver;
  private final ConceptLookup concepts;
  private final String nextId;
  private final String linkSource;
  private final String update;
  private final String insert;

  public PersonWriter(DataSource dataSource, SchemaNames names) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.resolver = new PersonResolver(names);
    this.concepts = new ConceptLookup(names);
    this.nextId = "SELECT nextval('" + names.ownObject("person_id_seq") + "')";
    this.linkSource =
        "INSERT INTO "
            + names.ownObject("person_source")
            + " (person_source_value, person_id) VALUES (?, ?)"
            + " ON CONFLICT (person_source_value) DO NOTHING";
    this.update =
        "UPDATE "
            + names.cdmTable("person")
            + " SET gender_concept_id = ?, year_of_birth = ?, month_of_birth = ?,"
            + " day_of_birth = ?, gender_source_value = ?, person_source_value = ?"
            + " WHERE person_id = ?";
    this.insert =
        "INSERT INTO "
            + names.cdmTable("person")
            + " (gender_concept_id, year_of_birth, month_of_birth, day_of_birth,"
            + " gender_source_value, person_source_value, person_id, race_concept_id,"
            + " ethnicity_concept_id) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0)";
  }

  /**
   * Inserts the person, or updates the gender and birth of the person with the same source value.
   *
   * @return the {@code person_id}
   * @throws IllegalArgumentException when the year of birth is unknown (CDM {@code year_of_birth}
   *     is required)
   */
  public long upsert(PersonRecord person) {
    requireYearOfBirth(person);
    return Transactions.inTransaction(
        dataSource,
        "writing person " + person.sourceValue(),
        connection -> upsert(connection, person));
  }

  /**
   * Upserts several persons, as {@link #upsert} does, in one transaction (all or none).
   *
   * @return their {@code person_id}s, in order
   * @throws IllegalArgumentException when a year of birth is unknown (nothing is written)
   */
  public List<Long> upsertAll(List<PersonRecord> persons) {
    persons.forEach(PersonWriter::requireYearOfBirth);
    if (persons.isEmpty()) {
      return List.of();
    }
    return Transactions.inTransaction(
        dataSource,
        "writing " + persons.size() + " persons",
        connection -> {
          // all the locks first, in key order: two batches never deadlock
          Transactions.lockAll(
              connection,
              persons.stream().map(p -> Columns.lockKey("person", p.sourceValue())).toList());
          List<Long> ids = new ArrayList<>(persons.size());
          for (PersonRecord person : persons) {
            ids.add(upsert(connection, person));
          }
          return ids;
        });
  }

  private static void requireYearOfBirth(PersonRecord person) {
    Objects.requireNonNull(person, "person");
    if (person.yearOfBirth() == null) {
      throw new IllegalArgumentException(
          "person "
              + person.sourceValue()
              + " has no year of birth, which OMOP person.year_of_birth requires: give a birth"
              + " date");
    }
  }

  private long upsert(Connection connection, PersonRecord person) throws SQLException {
    Transactions.lock(connection, Columns.lockKey("person", person.sourceValue()));
    OptionalLong existing = resolver.resolve(connection, person.sourceValue());
    long personId = existing.isPresent() ? existing.getAsLong() : next(connection);
    try (PreparedStatement statement = connection.prepareStatement(linkSource)) {
      statement.setString(1, person.sourceValue());
      statement.setLong(2, personId);
      statement.executeUpdate();
    }
    int genderConceptId = genderConcept(connection, person.gender());
    if (execute(connection, update, person, genderConceptId, personId) == 0) {
      execute(connection, insert, person, genderConceptId, personId);
    }
    return personId;
  }

  /** The {@code person_id} of {@code personSourceValue}, if the person exists. */
  public OptionalLong find(String personSourceValue) {
    Objects.requireNonNull(personSourceValue, "personSourceValue");
    return Transactions.inTransaction(
        dataSource,
        "finding person " + personSourceValue,
        connection -> resolver.resolve(connection, personSourceValue));
  }

  private int genderConcept(Connection connection, Gender gender) throws SQLException {
    switch (gender) {
      case MALE:
        return concepts.byCode(connection, "Gender", "M");
      case FEMALE:
        return concepts.byCode(connection, "Gender", "F");
      default:
        return 0;
    }
  }

  private long next(Connection connection) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(nextId);
        ResultSet rs = statement.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static int execute(
      Connection connection, String sql, PersonRecord person, int genderConceptId, long personId)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setInt(1, genderConceptId);
      statement.setInt(2, person.yearOfBirth());
      setInteger(statement, 3, person.monthOfBirth());
      setInteger(statement, 4, person.dayOfBirth());
      statement.setString(5, Columns.fit(person.genderSourceValue(), SOURCE_VALUE_LENGTH));
      statement.setString(6, Columns.fit(person.sourceValue(), SOURCE_VALUE_LENGTH));
      statement.setLong(7, personId);
      return statement.executeUpdate();
    }
  }

  private static void setInteger(PreparedStatement statement, int index, Integer value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.INTEGER);
    } else {
      statement.setInt(index, value);
    }
  }
}
