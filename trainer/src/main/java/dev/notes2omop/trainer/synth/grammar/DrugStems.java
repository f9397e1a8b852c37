package dev.notes2omop.trainer.synth.grammar;

import dev.notes2omop.core.nlp.EntityLabel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Made-up drug names built on real INN stems ({@code drug-stems.tsv}): one or two syllables and a
 * stem, such as "trilosartán" or "cefapenem". A share of the DRUG slots get one instead of a
 * lexicon term, without a concept, so that the model learns the shape of drug names in drug
 * contexts and does not only recognise the lexicon's list.
 */
final class DrugStems {

  /** Share of DRUG slots filled with a made-up name. */
  static final double SHARE = 0.25;

  private static final String[] SYLLABLES = {
    "ba", "ca", "da", "fe", "ga", "la", "ma", "ne", "pa", "ra", "sa", "ta", "ve", "za", "bro",
    "tri", "clo", "flu", "pro", "ti", "li", "mi", "ro", "lo", "di", "ni", "pi", "va", "xi", "do",
    "ce", "te", "fo", "gli", "al", "en", "es", "ox", "ami", "eti", "ova", "ure", "ze", "qui", "tro"
  };

  private final Map<String, List<String>> byGroup = new HashMap<>();
  private final List<String> all = new ArrayList<>();

  private DrugStems() {}

  static DrugStems load() {
    DrugStems stems = new DrugStems();
    for (String[] row : Resources.rows("drug-stems.tsv", 2)) {
      stems.byGroup.computeIfAbsent(row[0], g -> new ArrayList<>()).add(row[1]);
      if (!stems.all.contains(row[1])) {
        stems.all.add(row[1]);
      }
    }
    return stems;
  }

  /**
   * A made-up drug name for a slot of {@code group} ({@code null}: any drug), or {@code null} when
   * the group has no stems (e.g. vaccines) or this slot keeps a lexicon term.
   */
  TermPool.Term maybePick(String group, SplittableRandom rng) {
    if (rng.nextDouble() >= SHARE) {
      return null;
    }
    List<String> stems = group == null ? all : byGroup.get(group);
    if (stems == null || stems.isEmpty()) {
      return null;
    }
    StringBuilder name = new StringBuilder(SYLLABLES[rng.nextInt(SYLLABLES.length)]);
    if (rng.nextBoolean()) {
      name.append(SYLLABLES[rng.nextInt(SYLLABLES.length)]);
    }
    String stem = stems.get(rng.nextInt(stems.size()));
    if (endsWithVowel(name) && startsWithVowel(stem)) {
      name.setLength(name.length() - 1);
    }
    name.append(stem);
    return new TermPool.Term(name.toString(), EntityLabel.DRUG, null);
  }

  private static boolean endsWithVowel(CharSequence s) {
    return "aeiou".indexOf(s.charAt(s.length() - 1)) >= 0;
  }

  private static boolean startsWithVowel(String s) {
    return "aeiouá".indexOf(s.charAt(0)) >= 0;
  }
}
