package dev.notes2omop.vocab.index;

import dev.notes2omop.core.nlp.TextFolding;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The heads of a Spanish mention: the mention without the modifiers this class can name, for
 * mapping uphill when the mention itself maps to nothing. The modifiers are severity ("grave",
 * "leve"), time course ("aguda", "crónica", "de repetición"), laterality ("derecha", "bilateral"),
 * type ("tipo 2"), cause written as an adjective ("neumocócica", "vírica", "alcohólica") or after
 * "por", "secundaria a", "debida a", "asociada a", and site after "de", "del", "en" ("fractura de
 * cadera"). Heads come least stripped first: without severity and laterality; then without time
 * course and type too; then without cause adjectives too; then cut at the first cause; then cut at
 * the first site. Words other than these are never dropped, so a head is always a broader statement
 * of the same thing. Stateless.
 */
final class MentionHeads {

  /** Severity and laterality, as folded prefixes of a word: the least a head loses. */
  private static final Pattern SEVERITY_OR_SIDE =
      Pattern.compile(
          "(?:grave|leve|moderad|sever|intens|derech|izquierd|bilateral|unilateral)[a-z]*");

  /** Time course, as folded prefixes of a word ("tipo N" is removed with it). */
  private static final Pattern COURSE =
      Pattern.compile(
          "(?:agud|cronic|subagud|agudizad|reagudizad|recurrente|recidivante|persistente"
              + "|intermitente|paroxistic|incipiente|avanzad|evolucionad|descompensad)[a-z]*");

  /** Cause written as an adjective, as folded prefixes of a word. */
  private static final Pattern CAUSE_ADJECTIVE =
      Pattern.compile(
          "(?:neumococic|estafilococic|estreptococic|bacterian|viric|viral|fungic|micotic"
              + "|tuberculos|alcoholic|toxic|traumatic|postoperatori|postquirurgic|infeccios"
              + "|medicamentos|farmacologic|iatrogenic|nosocomial|comunitari|adquirid)[a-z]*");

  /** Words that start a cause: the rest of the mention is dropped from there. */
  private static final Set<String> CAUSE =
      Set.of(
          "por",
          "secundario",
          "secundaria",
          "debido",
          "debida",
          "asociado",
          "asociada",
          "tras",
          "causado",
          "causada");

  /** Words that start a site: the rest of the mention is dropped from there. */
  private static final Set<String> SITE = Set.of("de", "del", "en");

  private static final Pattern TYPE_NUMBER = Pattern.compile("[0-9ivx]+|[ab]");

  private MentionHeads() {}

  /** The mention's heads, least stripped first; empty when it has no nameable modifier. */
  static List<String> of(String mention) {
    String[] words = mention.strip().split("\\s+");
    if (words.length < 2) {
      return List.of();
    }
    Set<String> heads = new LinkedHashSet<>();
    add(heads, words, words.length, 1);
    add(heads, words, words.length, 2);
    add(heads, words, words.length, 3);
    int cause = firstOf(words, CAUSE);
    if (cause > 0) {
      add(heads, words, cause, 3);
    }
    int site = firstOf(words, SITE);
    if (site > 0) {
      add(heads, words, Math.min(site, cause > 0 ? cause : words.length), 3);
    }
    heads.remove(String.join(" ", words));
    return new ArrayList<>(heads);
  }

  private static int firstOf(String[] words, Set<String> starts) {
    for (int i = 1; i < words.length; i++) {
      if (starts.contains(TextFolding.fold(words[i]))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The first {@code length} words without modifier words of the first {@code levels} kinds:
   * severity and laterality (1), time course and type (2), cause adjectives (3).
   */
  private static void add(Set<String> heads, String[] words, int length, int levels) {
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      String folded = folded(words[i]);
      if (i > 0 && isModifier(folded, levels)) {
        continue;
      }
      if (i > 0 && levels >= 2 && i + 1 < length) {
        String next = folded(words[i + 1]);
        if ((folded.equals("tipo") && TYPE_NUMBER.matcher(next).matches())
            || (folded.equals("de") && next.equals("repeticion"))) {
          i++;
          continue;
        }
      }
      kept.add(words[i]);
    }
    while (!kept.isEmpty() && SITE.contains(folded(kept.get(kept.size() - 1)))) {
      kept.remove(kept.size() - 1);
    }
    if (!kept.isEmpty()) {
      heads.add(String.join(" ", kept).replaceAll("[,;:]+$", ""));
    }
  }

  private static boolean isModifier(String folded, int levels) {
    return SEVERITY_OR_SIDE.matcher(folded).matches()
        || (levels >= 2 && COURSE.matcher(folded).matches())
        || (levels >= 3 && CAUSE_ADJECTIVE.matcher(folded).matches());
  }

  private static String folded(String word) {
    return TextFolding.fold(word).replaceAll("[^a-z0-9]", "");
  }
}
