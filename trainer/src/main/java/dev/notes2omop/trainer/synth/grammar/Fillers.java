package dev.notes2omop.trainer.synth.grammar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Named lists of words and phrases that are not mentions (services, relatives, frequencies, routes,
 * hospitals...), read from {@code fillers.tsv}: one {@code name<TAB>phrase} a line.
 */
final class Fillers {

  private final Map<String, List<String>> lists;

  private Fillers(Map<String, List<String>> lists) {
    this.lists = lists;
  }

  static Fillers bundled() {
    Map<String, List<String>> lists = new LinkedHashMap<>();
    for (String[] row : Resources.rows("fillers.tsv", 2)) {
      lists.computeIfAbsent(row[0].strip(), n -> new ArrayList<>()).add(row[1].strip());
    }
    return new Fillers(lists);
  }

  /**
   * A phrase of list {@code name} at random.
   *
   * @throws IllegalStateException when there is no such list
   */
  String pick(String name, SplittableRandom rng) {
    List<String> list = lists.get(name);
    if (list == null) {
      throw new IllegalStateException(
          "no filler list '" + name + "' in fillers.tsv: add it or fix the template");
    }
    return list.get(rng.nextInt(list.size()));
  }
}
