package dev.notes2omop.vocab.lexicon.terminology;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Writes the Spanish INN (DCI) form of an English drug ingredient name by the regular
 * correspondences of the two spellings: English endings ({@code -ine}/{@code -in} to {@code -ina},
 * {@code -ole} to {@code -ol}, {@code -ide} to {@code -ida}, {@code -one} to {@code -ona}, {@code
 * -ate} to {@code -ato}, {@code -ane} to {@code -ano}, {@code -ium} to {@code -io}, {@code -en} to
 * {@code -eno}, {@code -ac} to {@code -aco}, {@code -yl} and {@code -il} to {@code -ilo} but {@code
 * -pril}, {@code -an} to {@code -ano} but the stressed stems {@code -sartán}, {@code -xabán},
 * {@code -gatrán}, {@code -triptán}, {@code -on} to {@code -ón}, {@code -oxacin} to {@code
 * -oxacino}, {@code -oside} to {@code -ósido}, a stressed {@code í} after a vowel as in {@code
 * -caína}, {@code -eína}, {@code -oína}), Spanish spelling ({@code ph} to {@code f}, {@code th} to
 * {@code t}, {@code rh} to {@code r}, {@code y} to {@code i}, {@code ch} to {@code c} or {@code
 * qu}, no doubled consonants but {@code cc} and {@code rr}, {@code mf} to {@code nf}, an {@code e}
 * before an initial {@code s} and consonant), the Spanish word order of acids ("folic acid" to
 * "ácido fólico", with the accent of the {@code -ico} adjective) and salts ("sodium chloride" to
 * "cloruro sódico", "morphine sulfate" to "sulfato de morfina", "heparin sodium" to "heparina
 * sódica"), and a short table of the US adopted names that differ from the INN ("acetaminophen" is
 * paracetamol, "albuterol" salbutamol). Derived from these spelling rules only, not from any
 * evaluation data.
 */
public final class InnRules {

  /** US adopted names (USAN) that are not the INN, and whole names the rules cannot write. */
  private static final Map<String, String> NAMES =
      Map.ofEntries(
          Map.entry("acetaminophen", "paracetamol"),
          Map.entry("albuterol", "salbutamol"),
          Map.entry("levalbuterol", "levosalbutamol"),
          Map.entry("aspirin", "ácido acetilsalicílico"),
          Map.entry("meperidine", "petidina"),
          Map.entry("glyburide", "glibenclamida"),
          Map.entry("isoproterenol", "isoprenalina"),
          Map.entry("rifampin", "rifampicina"),
          Map.entry("phytonadione", "fitomenadiona"),
          Map.entry("cromolyn", "cromoglicato"),
          Map.entry("dextroamphetamine", "dexanfetamina"),
          Map.entry("mesalamine", "mesalazina"),
          Map.entry("ethinyl estradiol", "etinilestradiol"),
          Map.entry("water", "agua"),
          Map.entry("oxygen", "oxígeno"),
          Map.entry("iron", "hierro"),
          Map.entry("vitamin", "vitamina"));

  /** Words of salts and elements whose Spanish form the ending rules do not give. */
  private static final Map<String, String> WORDS =
      Map.ofEntries(
          Map.entry("chloride", "cloruro"),
          Map.entry("hydrochloride", "hidrocloruro"),
          Map.entry("bromide", "bromuro"),
          Map.entry("hydrobromide", "bromhidrato"),
          Map.entry("iodide", "yoduro"),
          Map.entry("fluoride", "fluoruro"),
          Map.entry("sulfide", "sulfuro"),
          Map.entry("cyanide", "cianuro"),
          Map.entry("oxide", "óxido"),
          Map.entry("hydroxide", "hidróxido"),
          Map.entry("peroxide", "peróxido"),
          Map.entry("sulphate", "sulfato"),
          Map.entry("sodium", "sodio"),
          Map.entry("potassium", "potasio"),
          Map.entry("calcium", "calcio"),
          Map.entry("magnesium", "magnesio"),
          Map.entry("lithium", "litio"),
          Map.entry("aluminum", "aluminio"),
          Map.entry("zinc", "zinc"),
          Map.entry("ferrous", "ferroso"),
          Map.entry("ferric", "férrico"),
          Map.entry("human", "humana"));

  /** Cations written as an adjective after the anion ("cloruro sódico", "sulfato ferroso"). */
  private static final Map<String, String> CATION_ADJECTIVES =
      Map.of(
          "sodium", "sódico",
          "potassium", "potásico",
          "calcium", "cálcico",
          "ferrous", "ferroso",
          "ferric", "férrico");

  /** English endings and their Spanish ones, longest first. */
  private static final String[][] ENDINGS = {
    {"floxacin", "floxacino"},
    {"oxacin", "oxacino"},
    {"fentanyl", "fentanilo"},
    {"fentanil", "fentanilo"},
    {"oside", "ósido"},
    {"aine", "aína"},
    {"eine", "eína"},
    {"oine", "oína"},
    {"oin", "oína"},
    {"ein", "eína"},
    {"ine", "ina"},
    {"in", "ina"},
    {"ole", "ol"},
    {"ide", "ida"},
    {"one", "ona"},
    {"ate", "ato"},
    {"ite", "ito"},
    {"ane", "ano"},
    {"ene", "eno"},
    {"ose", "osa"},
    {"ase", "asa"},
    {"ime", "ima"},
    {"ium", "io"},
    {"yl", "ilo"},
    {"en", "eno"},
    {"ac", "aco"},
    {"sartan", "sartán"},
    {"xaban", "xabán"},
    {"gatran", "gatrán"},
    {"triptan", "triptán"},
    {"an", "ano"},
    {"on", "ón"},
    {"pril", "pril"},
    {"il", "ilo"},
  };

  private static final Pattern WORDS_ONLY = Pattern.compile("[a-z0-9]+( [a-z0-9]+){0,2}");
  private static final String VOWELS = "aeiou";

  private InnRules() {}

  /**
   * The Spanish INN form of {@code english}, an RxNorm ingredient name; empty for names that are
   * not one to three plain words (vaccines, extracts, names with punctuation) and for names of
   * several words none of which the rules change ("inert ingredients").
   */
  public static Optional<String> spanish(String english) {
    String name = english.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    String known = NAMES.get(name);
    if (known != null) {
      return Optional.of(known);
    }
    if (!WORDS_ONLY.matcher(name).matches()) {
      return Optional.empty();
    }
    String[] w = name.split(" ");
    if (w.length == 2 && w[1].equals("acid")) {
      return Optional.of("ácido " + icAdjective(w[0]));
    }
    if (w.length == 2 && isAnion(w[1])) {
      String anion = word(w[1]);
      String cation = CATION_ADJECTIVES.get(w[0]);
      return Optional.of(anion + " " + (cation != null ? cation : "de " + word(w[0])));
    }
    if (w.length == 2 && w[1].equals("sodium")) {
      String drug = word(w[0]);
      return Optional.of(drug + (drug.endsWith("a") ? " sódica" : " sódico"));
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < w.length; i++) {
      if (i > 0 && w[i - 1].length() == 1 && w[i].chars().allMatch(Character::isDigit)) {
        // "vitamin b 12": a letter and its number are one word, "B12"
        out.set(out.size() - 1, out.get(out.size() - 1) + w[i]);
      } else {
        out.add(word(w[i]));
      }
    }
    String spanish = String.join(" ", out);
    if (w.length > 1 && spanish.equals(name)) {
      // several words none of which the rules change ("inert ingredients"): not a drug name
      return Optional.empty();
    }
    return Optional.of(spanish);
  }

  private static boolean isAnion(String word) {
    return word.endsWith("ate")
        || word.endsWith("ite")
        || (WORDS.containsKey(word) && WORDS.get(word).endsWith("uro"))
        || word.equals("oxide")
        || word.equals("hydroxide")
        || word.equals("sulphate");
  }

  /** One word: a table word, a letter or number as is, else endings and spelling. */
  static String word(String english) {
    String known = WORDS.get(english);
    if (known != null) {
      return known;
    }
    known = NAMES.get(english);
    if (known != null) {
      return known;
    }
    if (english.length() <= 2 || english.chars().anyMatch(Character::isDigit)) {
      return english.toUpperCase(Locale.ROOT); // "g" of penicillin G, "b12" of vitamin B12
    }
    for (String[] ending : ENDINGS) {
      if (english.endsWith(ending[0]) && english.length() > ending[0].length() + 1) {
        String stem = english.substring(0, english.length() - ending[0].length());
        return initialE(spelling(stem) + ending[1]);
      }
    }
    return initialE(spelling(english));
  }

  /**
   * "folic" as "fólico": the {@code -ico} adjective, stressed on the vowel before its consonants.
   */
  static String icAdjective(String english) {
    String stem = english.endsWith("ic") ? english.substring(0, english.length() - 2) : english;
    String s = initialE(spelling(stem));
    if (s.isEmpty() || VOWELS.indexOf(s.charAt(s.length() - 1)) >= 0) {
      return s + "ico";
    }
    for (int i = s.length() - 1; i >= 0; i--) {
      int v = VOWELS.indexOf(s.charAt(i));
      if (v >= 0) {
        return s.substring(0, i) + "áéíóú".charAt(v) + s.substring(i + 1) + "ico";
      }
    }
    return s + "ico";
  }

  /** English spelling of a stem as Spanish writes it. */
  static String spelling(String stem) {
    String s = stem.replace("ph", "f").replace("th", "t").replace("rh", "r");
    s = s.replace("ae", "e").replace("oe", "e").replace('y', 'i');
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char next = i + 1 < s.length() ? s.charAt(i + 1) : '\0';
      if (c == 'c' && next == 'h') {
        char after = i + 2 < s.length() ? s.charAt(i + 2) : '\0';
        sb.append(after == 'e' || after == 'i' ? "qu" : "c");
        i++;
        continue;
      }
      if (c == next && c != 'c' && c != 'r' && Character.isLetter(c) && VOWELS.indexOf(c) < 0) {
        continue; // a doubled consonant is written once
      }
      sb.append(c);
    }
    return sb.toString().replace("mf", "nf");
  }

  /**
   * Spanish writes no word starting with s and a consonant: "spironolactone", "espironolactona".
   */
  private static String initialE(String word) {
    if (word.length() > 2 && word.charAt(0) == 's' && VOWELS.indexOf(word.charAt(1)) < 0) {
      return "e" + word;
    }
    return word;
  }
}
