package dev.notes2omop.vocab.lexicon.terminology;

import dev.notes2omop.core.nlp.TextFolding;
import dev.notes2omop.vocab.lexicon.Lexicon;
import dev.notes2omop.vocab.lexicon.LexiconEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A Spanish drug lexicon of RxNorm ingredients, their names written by {@link InnRules}, and how
 * the rules compare with the Spanish names a lexicon already has for the same ingredients.
 */
public final class InnLexicon {

  /**
   * An RxNorm ingredient.
   *
   * @param code the RxNorm code (RXCUI)
   * @param name its English name
   */
  public record Ingredient(String code, String name) {}

  /**
   * What a build produced.
   *
   * @param entries the entries, in ingredient order
   * @param ingredients ingredients read
   * @param declined ingredients whose name the rules do not write (vaccines, extracts, ...)
   * @param excluded names left out because an excluded key (the bundled lexicon) has them
   * @param ambiguous names left out because two ingredients get the same one
   */
  public record Result(
      List<LexiconEntry> entries, int ingredients, int declined, int excluded, int ambiguous) {}

  /**
   * The rules against a lexicon's names.
   *
   * @param compared ingredients the lexicon names and the rules write
   * @param right those whose written name is one of the lexicon's terms for the ingredient
   * @param wrong the others, each as "english: written (lexicon: terms)"
   * @param declined ingredients the lexicon names but the rules do not write
   */
  public record Comparison(int compared, int right, List<String> wrong, int declined) {

    /** Share of compared ingredients written right. */
    public double rightShare() {
      return compared == 0 ? 0 : (double) right / compared;
    }

    /** Share of compared ingredients written wrong. */
    public double wrongShare() {
      return compared == 0 ? 0 : (double) wrong.size() / compared;
    }
  }

  private InnLexicon() {}

  /**
   * The entries for {@code ingredients}: one per ingredient whose written name is not excluded and
   * not shared with another ingredient.
   */
  public static Result build(
      List<Ingredient> ingredients, Set<String> excludedKeys, String sourceName) {
    Map<String, Set<String>> codesByKey = new HashMap<>();
    Map<Ingredient, String> written = new LinkedHashMap<>();
    int declined = 0;
    for (Ingredient ingredient : ingredients) {
      Optional<String> spanish = InnRules.spanish(ingredient.name());
      if (spanish.isEmpty() || TextFolding.key(spanish.get()).isEmpty()) {
        declined++;
        continue;
      }
      written.put(ingredient, spanish.get());
      codesByKey
          .computeIfAbsent(TextFolding.key(spanish.get()), k -> new LinkedHashSet<>())
          .add(ingredient.code());
    }
    List<LexiconEntry> entries = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    int excluded = 0;
    int ambiguous = 0;
    for (Map.Entry<Ingredient, String> e : written.entrySet()) {
      String key = TextFolding.key(e.getValue());
      if (excludedKeys.contains(key)) {
        excluded++;
      } else if (codesByKey.get(key).size() > 1) {
        ambiguous++;
      } else if (seen.add(key)) {
        entries.add(
            new LexiconEntry(
                e.getValue(),
                "es",
                "RxNorm",
                e.getKey().code(),
                "Drug",
                "INN rules from '" + e.getKey().name() + "'",
                sourceName + ":" + (entries.size() + 1)));
      }
    }
    return new Result(List.copyOf(entries), ingredients.size(), declined, excluded, ambiguous);
  }

  /**
   * Compares the rules with {@code lexicon}'s {@code RxNorm} terms: for each ingredient the lexicon
   * names, whether the written name folds to one of the lexicon's terms for it.
   */
  public static Comparison compare(List<Ingredient> ingredients, Lexicon lexicon) {
    Map<String, List<String>> termsByCode = new HashMap<>();
    for (LexiconEntry entry : lexicon.entries()) {
      if ("RxNorm".equals(entry.vocabularyId())) {
        termsByCode.computeIfAbsent(entry.conceptCode(), k -> new ArrayList<>()).add(entry.term());
      }
    }
    int compared = 0;
    int right = 0;
    int declined = 0;
    List<String> wrong = new ArrayList<>();
    Set<String> done = new LinkedHashSet<>();
    for (Ingredient ingredient : ingredients) {
      List<String> terms = termsByCode.get(ingredient.code());
      if (terms == null || !done.add(ingredient.code())) {
        continue;
      }
      Optional<String> spanish = InnRules.spanish(ingredient.name());
      if (spanish.isEmpty()) {
        declined++;
        continue;
      }
      compared++;
      String key = TextFolding.key(spanish.get());
      if (terms.stream().anyMatch(t -> TextFolding.key(t).equals(key))) {
        right++;
      } else {
        wrong.add(ingredient.name() + ": " + spanish.get() + " (lexicon: " + terms + ")");
      }
    }
    return new Comparison(compared, right, List.copyOf(wrong), declined);
  }
}
