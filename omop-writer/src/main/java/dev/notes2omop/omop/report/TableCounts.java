package dev.notes2omop.omop.report;

import dev.notes2omop.omop.schema.SchemaNames;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** How many rows the CDM tables notes2omop writes hold. */
public final class TableCounts {

  /** The tables counted, in this order. */
  public static final List<String> TABLES =
      List.of("person", "note", "note_nlp", "condition_occurrence", "drug_exposure", "measurement");

  private TableCounts() {}

  /** Rows per table, in the order of {@link #TABLES}. */
  public static Map<String, Long> count(DataSource dataSource, SchemaNames names) {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String table : TABLES) {
        try (ResultSet rs =
            statement.executeQuery("SELECT count(*) FROM " + names.cdmTable(table))) {
          rs.next();
          counts.put(table, rs.getLong(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot count the rows of the CDM tables in schema '"
              + names.cdm()
              + "': "
              + e.getMessage(),
          e);
    }
    return Collections.unmodifiableMap(counts);
  }
}
