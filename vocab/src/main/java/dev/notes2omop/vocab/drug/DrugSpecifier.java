package dev.notes2omop.vocab.drug;

import dev.notes2omop.core.mapping.ConceptMatch;
import dev.notes2omop.core.mapping.MatchType;
import dev.notes2omop.core.nlp.DrugDose;
import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.core.nlp.Mention;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Chooses the most specific RxNorm product that agrees with what the note says of a drug: a
 * Clinical Drug when the stated strength matches its own and the stated form (or, without a form,
 * the stated route) does not contradict its dose form; else a Clinical Drug Comp of that strength;
 * else a Clinical Drug Form of the stated form; else the concept the index found (the ingredient).
 * A level with two agreeing products is ambiguous and gives way to the next. A product never
 * asserts what the note does not: a bare "enalapril" stays the ingredient.
 *
 * <p>The mention's products are those of the ingredient the index found, and those whose
 * ingredient's name has the mention's {@link IngredientKey} ("metotrexato" finds "methotrexate 2.5
 * MG Oral Tablet" in a vocabulary without the ingredient methotrexate). Thread-safe.
 */
public final class DrugSpecifier {

  /** The score of a product found through its ingredient's name alone (no index match). */
  public static final double NAME_SCORE = 0.9;

  private final DrugProducts products;

  public DrugSpecifier(DrugProducts products) {
    this.products = Objects.requireNonNull(products, "products");
  }

  /** The most specific concept that agrees with the mention's dose; {@code base} otherwise. */
  public ConceptMatch refine(ConceptMatch base, Mention mention) {
    DrugDose dose = mention.dose();
    if (dose == null || mention.label() != EntityLabel.DRUG) {
      return base;
    }
    if (base.isMapped() && !"Drug".equals(base.domainId())) {
      return base;
    }
    Map<Integer, DrugProduct> candidates = new LinkedHashMap<>();
    if (base.isMapped()) {
      products
          .byIngredient(base.conceptId())
          .forEach(p -> candidates.putIfAbsent(p.conceptId(), p));
      if (candidates.isEmpty()) {
        if (isProduct(base.conceptId(), base.conceptName())) {
          return base;
        }
        add(candidates, IngredientKey.of(base.conceptName()));
      }
    }
    add(candidates, IngredientKey.of(mention.text()));
    Optional<DrugProduct> chosen = choose(new ArrayList<>(candidates.values()), dose);
    if (chosen.isEmpty()) {
      return base;
    }
    DrugProduct p = chosen.get();
    if (base.isMapped()) {
      return base.withConcept(p.conceptId(), p.conceptName(), p.vocabularyId(), p.conceptCode());
    }
    return new ConceptMatch(
        p.conceptId(),
        p.conceptName(),
        "Drug",
        p.vocabularyId(),
        p.conceptCode(),
        0,
        NAME_SCORE,
        MatchType.FUZZY);
  }

  private boolean isProduct(int conceptId, String name) {
    return products.byIngredientKey(IngredientKey.of(name)).stream()
        .anyMatch(p -> p.conceptId() == conceptId);
  }

  private void add(Map<Integer, DrugProduct> candidates, String key) {
    if (!key.isEmpty()) {
      products.byIngredientKey(key).forEach(p -> candidates.putIfAbsent(p.conceptId(), p));
    }
  }

  /** The one agreeing product of the most specific level that has exactly one. */
  static Optional<DrugProduct> choose(List<DrugProduct> candidates, DrugDose dose) {
    DrugProduct.Strength stated = DrugProduct.Strength.of(dose.amount(), dose.unit()).orElse(null);
    List<DrugProduct> full = new ArrayList<>();
    List<DrugProduct> comps = new ArrayList<>();
    List<DrugProduct> forms = new ArrayList<>();
    for (DrugProduct p : candidates) {
      if (agrees(p, stated, dose)) {
        (p.specificity() == 2 ? full : p.strength() != null ? comps : forms).add(p);
      }
    }
    for (List<DrugProduct> level : List.of(full, comps, forms)) {
      Map<String, DrugProduct> byCode = new TreeMap<>();
      for (DrugProduct p : level) {
        byCode.merge(
            p.vocabularyId() + "|" + p.conceptCode(),
            p,
            (a, b) -> a.conceptId() <= b.conceptId() ? a : b);
      }
      if (byCode.size() == 1) {
        return Optional.of(byCode.values().iterator().next());
      }
    }
    return Optional.empty();
  }

  static boolean agrees(DrugProduct p, DrugProduct.Strength stated, DrugDose dose) {
    if (p.strength() != null && (stated == null || !p.strength().sameAs(stated))) {
      return false;
    }
    if (p.doseForm() == null) {
      return true;
    }
    if (dose.form() != null) {
      return DoseForms.matches(dose.form(), p.doseForm());
    }
    if (p.strength() == null) {
      return false; // a form the note does not state
    }
    return dose.route() == null || DoseForms.routeAgrees(dose.route(), p.doseForm());
  }
}
