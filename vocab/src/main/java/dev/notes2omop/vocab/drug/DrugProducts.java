package dev.notes2omop.vocab.drug;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The single-ingredient RxNorm products of the loaded vocabulary, by ingredient, in memory (a full
 * RxNorm has some tens of thousands). What each is made of comes from the vocabulary's rows where
 * it has them, and from the product's name where it does not (the Eunomia samples have no
 * DRUG_STRENGTH rows and few relationships):
 *
 * <ul>
 *   <li>ingredient and strength: its one {@code DRUG_STRENGTH} row (amount), else its one {@code
 *       RxNorm has ing} relationship, else its name;
 *   <li>dose form: its {@code RxNorm has dose form} relationship, else its name.
 * </ul>
 *
 * Read-only after {@link #load}; thread-safe.
 */
public final class DrugProducts {

  /** No products: the mapper then leaves drug concepts as the index found them. */
  public static final DrugProducts NONE = new DrugProducts(List.of());

  private static final String CLASSES =
      "('Clinical Drug', 'Clinical Drug Comp', 'Clinical Drug Form')";

  private final Map<String, List<DrugProduct>> byKey = new HashMap<>();
  private final Map<Integer, List<DrugProduct>> byIngredient = new HashMap<>();
  private final int size;

  DrugProducts(List<DrugProduct> products) {
    for (DrugProduct p : products) {
      if (!p.ingredientKey().isEmpty()) {
        byKey.computeIfAbsent(p.ingredientKey(), k -> new ArrayList<>()).add(p);
      }
      if (p.ingredientConceptId() != 0) {
        byIngredient.computeIfAbsent(p.ingredientConceptId(), k -> new ArrayList<>()).add(p);
      }
    }
    this.size = products.size();
  }

  /** How many products it holds. */
  public int size() {
    return size;
  }

  /** The products whose ingredient has {@code key} ({@link IngredientKey}). */
  public List<DrugProduct> byIngredientKey(String key) {
    return byKey.getOrDefault(key, List.of());
  }

  /** The products whose ingredient is the concept {@code ingredientConceptId}. */
  public List<DrugProduct> byIngredient(int ingredientConceptId) {
    return byIngredient.getOrDefault(ingredientConceptId, List.of());
  }

  private record Row(int id, String name, String vocabulary, String code, String conceptClass) {}

  private record Ingredient(int id, String name, BigDecimal amount, String unitCode) {}

  /** Reads the products of the vocabulary in {@code schema}. */
  public static DrugProducts load(Connection connection, String schema) throws SQLException {
    Map<Integer, Row> rows = new LinkedHashMap<>();
    query(
        connection,
        "SELECT concept_id, concept_name, vocabulary_id, concept_code, concept_class_id FROM "
            + schema
            + ".concept WHERE vocabulary_id = 'RxNorm' AND standard_concept = 'S'"
            + " AND invalid_reason IS NULL AND concept_class_id IN "
            + CLASSES
            + " ORDER BY concept_id",
        rs ->
            rows.put(
                rs.getInt(1),
                new Row(
                    rs.getInt(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5))));
    if (rows.isEmpty()) {
      return NONE;
    }
    Map<Integer, List<Ingredient>> strengths = new HashMap<>();
    query(
        connection,
        "SELECT ds.drug_concept_id, ds.ingredient_concept_id, i.concept_name, ds.amount_value,"
            + " u.concept_code FROM "
            + schema
            + ".drug_strength ds JOIN "
            + schema
            + ".concept i ON i.concept_id = ds.ingredient_concept_id LEFT JOIN "
            + schema
            + ".concept u ON u.concept_id = ds.amount_unit_concept_id"
            + " WHERE ds.invalid_reason IS NULL",
        rs -> {
          if (rows.containsKey(rs.getInt(1))) {
            strengths
                .computeIfAbsent(rs.getInt(1), k -> new ArrayList<>())
                .add(
                    new Ingredient(
                        rs.getInt(2), rs.getString(3), rs.getBigDecimal(4), rs.getString(5)));
          }
        });
    Map<Integer, List<Ingredient>> ingredients = new HashMap<>();
    Map<Integer, String> forms = new HashMap<>();
    query(
        connection,
        "SELECT r.concept_id_1, r.relationship_id, t.concept_id, t.concept_name FROM "
            + schema
            + ".concept_relationship r JOIN "
            + schema
            + ".concept t ON t.concept_id = r.concept_id_2"
            + " WHERE r.relationship_id IN ('RxNorm has ing', 'RxNorm has dose form')"
            + " AND r.invalid_reason IS NULL",
        rs -> {
          int drug = rs.getInt(1);
          if (rows.containsKey(drug)) {
            if ("RxNorm has ing".equals(rs.getString(2))) {
              ingredients
                  .computeIfAbsent(drug, k -> new ArrayList<>())
                  .add(new Ingredient(rs.getInt(3), rs.getString(4), null, null));
            } else {
              forms.putIfAbsent(drug, rs.getString(4));
            }
          }
        });
    List<DrugProduct> products = new ArrayList<>();
    for (Row row : rows.values()) {
      product(row, strengths.get(row.id()), ingredients.get(row.id()), forms.get(row.id()))
          .ifPresent(products::add);
    }
    return new DrugProducts(products);
  }

  private static Optional<DrugProduct> product(
      Row row, List<Ingredient> strength, List<Ingredient> hasIngredient, String relatedForm) {
    Optional<RxNormNames.Parsed> parsed = RxNormNames.parse(row.name());
    if ((strength != null && strength.size() > 1)
        || (hasIngredient != null && hasIngredient.size() > 1)) {
      return Optional.empty(); // several ingredients
    }
    Ingredient ingredient =
        strength != null ? strength.get(0) : hasIngredient != null ? hasIngredient.get(0) : null;
    String ingredientName =
        ingredient != null
            ? ingredient.name()
            : parsed.map(RxNormNames.Parsed::ingredient).orElse(null);
    if (ingredientName == null) {
      return Optional.empty();
    }
    boolean hasStrength = !"Clinical Drug Form".equals(row.conceptClass());
    boolean hasForm = !"Clinical Drug Comp".equals(row.conceptClass());
    DrugProduct.Strength amount = null;
    if (hasStrength) {
      if (strength != null && strength.get(0).amount() != null) {
        amount =
            DrugProduct.Strength.of(strength.get(0).amount(), strength.get(0).unitCode())
                .orElse(null);
      }
      if (amount == null) {
        amount = parsed.map(RxNormNames.Parsed::strength).orElse(null);
      }
    }
    String form = null;
    if (hasForm) {
      form =
          relatedForm != null ? relatedForm : parsed.map(RxNormNames.Parsed::doseForm).orElse(null);
    }
    if ((hasStrength && amount == null) || (hasForm && form == null)) {
      return Optional.empty();
    }
    return Optional.of(
        new DrugProduct(
            row.id(),
            row.name(),
            row.vocabulary(),
            row.code(),
            row.conceptClass(),
            ingredient == null ? 0 : ingredient.id(),
            IngredientKey.of(ingredientName),
            amount,
            form));
  }

  private interface RowHandler {
    void accept(ResultSet rs) throws SQLException;
  }

  private static void query(Connection connection, String sql, RowHandler handler)
      throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setFetchSize(10_000);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          handler.accept(rs);
        }
      }
    }
  }
}
