package dev.notes2omop.vocab.drug;

import dev.notes2omop.core.nlp.TextFolding;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * A key under which an ingredient's Spanish and English names meet: "metotrexato" and
 * "methotrexate", "amoxicilina" and "amoxicillin", "ácido fólico" and "folic acid", "maleato de
 * enalapril" and "enalapril maleate" have the same key. Each word is folded (accents, {@code
 * ph}/{@code f}, {@code th}/{@code t}, {@code y}/{@code i}, {@code k}/{@code c}, no {@code h}, no
 * {@code e} before an initial {@code s} and consonant, no double letters, no final vowels or {@code
 * um}); salts and "de" are left out; the words are sorted. Names that differ in more than spelling
 * ("paracetamol", "acetaminophen") do not meet.
 */
public final class IngredientKey {

  /** Salt, hydrate and linking words, Spanish and English, keyed as ingredient words are. */
  private static final Set<String> IGNORED =
      keyed(
          "de",
          "del",
          "d",
          "clorhidrato",
          "hydrochloride",
          "hiclato",
          "hyclate",
          "monohidrato",
          "monohydrate",
          "dihidrato",
          "dihydrate",
          "anhidro",
          "anhydrous",
          "sodico",
          "sodica",
          "sodium",
          "potasico",
          "potasica",
          "potassium",
          "maleato",
          "maleate",
          "sulfato",
          "sulfate",
          "fosfato",
          "phosphate",
          "acetato",
          "acetate",
          "succinato",
          "succinate",
          "tartrato",
          "tartrate",
          "citrato",
          "citrate",
          "besilato",
          "besylate",
          "mesilato",
          "mesylate",
          "bromuro",
          "bromide",
          "bromhidrato",
          "hydrobromide",
          "fumarato",
          "fumarate");

  private IngredientKey() {}

  /** The key of an ingredient's name, or "" when it has no word left. */
  public static String of(String name) {
    Set<String> words = new TreeSet<>();
    Set<String> all = new TreeSet<>();
    for (String word : TextFolding.fold(name).split("[^a-z]+")) {
      String key = word(word);
      if (!key.isEmpty()) {
        all.add(key);
        if (!IGNORED.contains(key)) {
          words.add(key);
        }
      }
    }
    return String.join(" ", words.isEmpty() ? all : words);
  }

  private static Set<String> keyed(String... words) {
    Set<String> keys = new HashSet<>();
    for (String w : words) {
      keys.add(word(w));
    }
    return Set.copyOf(keys);
  }

  static String word(String folded) {
    String s = folded.replace("ph", "f").replace("th", "t").replace('y', 'i').replace('k', 'c');
    s = s.replace("h", "");
    if (s.length() > 3 && s.startsWith("es") && "aeiou".indexOf(s.charAt(2)) < 0) {
      s = s.substring(1); // Spanish "es" before s and a consonant: espironolactona, spironolactone
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (sb.isEmpty() || sb.charAt(sb.length() - 1) != c) {
        sb.append(c);
      }
    }
    s = sb.toString();
    if (s.endsWith("um") && s.length() > 4) {
      s = s.substring(0, s.length() - 2);
    }
    int end = s.length();
    while (end > 3 && "aeo".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(0, end);
  }
}
