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
 * cadera"). Heads come least stripped first: modifier words removed; then cut at the first cause;
 * then cut at the first site. Words other than these are never dropped, so a head is always a
 * broader statement of the same thing. Stateless.
 */
final class MentionHeads {

  /** Severity, time course, laterality and cause adjectives, as folded prefixes of a word. */
  private static final Pattern MODIFIER =
      Pattern.compile(
          "(?:grave|leve|moderad|sever|intens"
              + "|agud|cronic|subagud|agudizad|reagudizad|recurrente|recidivante|persistente"
              + "|intermitente|paroxistic|incipiente|avanzad|evolucionad|descompensad"
              + "|derech|izquierd|bilateral|unilateral"
              + "|neumococic|estafilococic|estreptococic|bacterian|viric|viral|fungic|micotic"
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
    add(heads, words, words.length);
    int cause = firstOf(words, CAUSE);
    if (cause > 0) {
      add(heads, words, cause);
    }
    int site = firstOf(words, SITE);
    if (site > 0) {
      add(heads, words, Math.min(site, cause > 0 ? cause : words.length));
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

  /** The first {@code length} words without modifier words (and "tipo N"). */
  private static void add(Set<String> heads, String[] words, int length) {
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      String folded = TextFolding.fold(words[i]).replaceAll("[^a-z0-9]", "");
      if (i > 0 && MODIFIER.matcher(folded).matches()) {
        continue;
      }
      if (i > 0
          && folded.equals("tipo")
          && i + 1 < length
          && TYPE_NUMBER.matcher(TextFolding.fold(words[i + 1])).matches()) {
        i++;
        continue;
      }
      if (i > 0
          && folded.equals("de")
          && i + 1 < length
          && folded(words[i + 1]).equals("repeticion")) {
        i++;
        continue;
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

  private static String folded(String word) {
    return TextFolding.fold(word).replaceAll("[^a-z0-9]", "");
  }
}
