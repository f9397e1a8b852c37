package dev.notes2omop.vocab.lexicon.terminology;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** What the terminology lexicons need from the loaded vocabulary; every value is bound. */
public final class ConceptLookup {

  private static final int BATCH = 10_000;

  private final DataSource dataSource;
  private final String schema;

  /**
   * @param schema the CDM schema, a checked identifier
   */
  public ConceptLookup(DataSource dataSource, String schema) {
    this.dataSource = dataSource;
    this.schema = schema;
  }

  /** The valid standard RxNorm ingredients, by code. */
  public List<InnLexicon.Ingredient> rxNormIngredients() throws SQLException {
    String sql =
        "SELECT concept_code, concept_name FROM "
            + schema
            + ".concept WHERE vocabulary_id = 'RxNorm' AND concept_class_id = 'Ingredient'"
            + " AND standard_concept = 'S' AND invalid_reason IS NULL"
            + " ORDER BY length(concept_code), concept_code";
    List<InnLexicon.Ingredient> ingredients = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setFetchSize(BATCH);
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          ingredients.add(new InnLexicon.Ingredient(rs.getString(1), rs.getString(2)));
        }
      }
    }
    return ingredients;
  }

  /**
   * The domain of each concept of {@code vocabularyId} among {@code codes} that the vocabulary has:
   * the domain of its standard {@code Maps to} target when it is not standard and has one, else its
   * own.
   */
  public Map<String, String> domains(String vocabularyId, Collection<String> codes)
      throws SQLException {
    String sql =
        "SELECT c.concept_code, coalesce(t.domain_id, c.domain_id) FROM "
            + schema
            + ".concept c LEFT JOIN "
            + schema
            + ".concept_relationship r ON c.standard_concept IS DISTINCT FROM 'S'"
            + " AND r.concept_id_1 = c.concept_id AND r.relationship_id = 'Maps to'"
            + " AND r.invalid_reason IS NULL LEFT JOIN "
            + schema
            + ".concept t ON t.concept_id = r.concept_id_2 AND t.standard_concept = 'S'"
            + " WHERE c.vocabulary_id = ? AND c.concept_code = ANY (?)";
    Map<String, String> domains = new HashMap<>();
    List<String> all = new ArrayList<>(codes);
    try (Connection c = dataSource.getConnection();
        PreparedStatement statement = c.prepareStatement(sql)) {
      for (int from = 0; from < all.size(); from += BATCH) {
        List<String> batch = all.subList(from, Math.min(all.size(), from + BATCH));
        Array array = c.createArrayOf("text", batch.toArray());
        statement.setString(1, vocabularyId);
        statement.setArray(2, array);
        try (ResultSet rs = statement.executeQuery()) {
          while (rs.next()) {
            domains.putIfAbsent(rs.getString(1), rs.getString(2));
          }
        }
      }
    }
    return domains;
  }
}
