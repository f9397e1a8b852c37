package dev.notes2omop.vocab.lexicon.terminology;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a CIE-O-3.1 description is written in notes. The published descriptions are registry headings
 * ("Adenocarcinoma, SAI", "Carcinoma papilar, SAI, metástasis", "Adenocarcinoma, SAI - grado III,
 * pobremente diferenciado"); notes write "adenocarcinoma", "metástasis de carcinoma papilar",
 * "adenocarcinoma pobremente diferenciado". The rules:
 *
 * <ul>
 *   <li>"SAI" (sin otra indicación, the Spanish NOS) is dropped wherever it stands between commas;
 *   <li>a trailing ", metástasis" becomes a leading "metástasis de ...";
 *   <li>other commas join the words around them ("Tumor de células de la granulosa, maligno" to
 *       "tumor de células de la granulosa maligno"); terms are compared after folding, which
 *       ignores punctuation, so the comma form needs no entry of its own;
 *   <li>the first letter is lower case unless the first word is an acronym;
 *   <li>a grade suffix becomes the adjective clinicians write, agreeing with the head noun ("bien
 *       diferenciado", "moderadamente diferenciada", "pobremente" and "poco diferenciado",
 *       "indiferenciado"); a cell-type suffix of lymphomas becomes "de células B/T/NK/nulas"; the
 *       "sin determinar" suffixes give no term;
 *   <li>a short description is a term only when it abbreviates with "Ca" or "AdenoCa" (which notes
 *       do write: "Ca epidermoide"), has no other abbreviation ("Cél", "Tum", "Leuc" are registry
 *       shorthand), is not an inverted heading ("Ca, los anexos cutáneos") and keeps two words.
 * </ul>
 */
public final class CieOTerms {

  private static final Pattern SAI = Pattern.compile(",\\s*SAI\\b|\\s+SAI$");
  private static final Pattern METASTASIS = Pattern.compile(",\\s*metástasis$");
  private static final Pattern SUFFIX = Pattern.compile("\\s*-\\s+(?=[^-]*$)");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Set<String> NOTE_ABBREVIATIONS = Set.of("Ca", "AdenoCa");

  private CieOTerms() {}

  /** The terms for {@code code}, most natural first; empty when none is worth an entry. */
  public static List<String> terms(CieOCode code) {
    Set<String> terms = new LinkedHashSet<>();
    if (code.graded()) {
      String[] parts = splitSuffix(code.description());
      if (parts == null) {
        // no suffix (a few lines repeat the ungraded description): the ungraded code has it
        return List.of();
      }
      String base = natural(parts[0]);
      for (String modifier : modifiers(parts[1], base)) {
        terms.add(base + " " + modifier);
      }
      return List.copyOf(terms);
    }
    terms.add(natural(code.description()));
    String shortTerm = shortTerm(code);
    if (shortTerm != null) {
      terms.add(shortTerm);
    }
    return List.copyOf(terms);
  }

  /** A description written as in notes: no SAI, metastasis first, no commas, lower-case start. */
  static String natural(String description) {
    String text = SAI.matcher(space(description)).replaceAll("");
    boolean metastasis = METASTASIS.matcher(text).find();
    if (metastasis) {
      text = METASTASIS.matcher(text).replaceAll("");
    }
    text = text.replaceAll("\\s*,\\s*", " ").replaceAll("\\s+", " ").strip();
    if (!NOTE_ABBREVIATIONS.contains(text.split(" ", 2)[0])) {
      text = lowerFirst(text);
    }
    return metastasis ? "metástasis de " + text : text;
  }

  private static String shortTerm(CieOCode code) {
    String bare =
        METASTASIS
            .matcher(SAI.matcher(space(code.shortDescription())).replaceAll(""))
            .replaceAll("");
    if (bare.contains(",")) {
      return null; // an inverted registry heading ("Ca, los anexos cutáneos"), not how notes write
    }
    Set<String> full = new LinkedHashSet<>();
    WORD.matcher(code.description().toLowerCase(Locale.ROOT))
        .results()
        .forEach(m -> full.add(m.group()));
    List<String> words =
        WORD.matcher(code.shortDescription()).results().map(m -> m.group()).toList();
    for (String word : words) {
      if (!full.contains(word.toLowerCase(Locale.ROOT)) && !NOTE_ABBREVIATIONS.contains(word)) {
        return null;
      }
    }
    boolean abbreviated = words.stream().anyMatch(NOTE_ABBREVIATIONS::contains);
    String term = natural(code.shortDescription());
    // without "Ca" the short form is the full one with words left out: nothing notes write
    return abbreviated && WORD.matcher(term).results().count() >= 2 ? term : null;
  }

  /** {@code [base, suffix]} of "base - suffix", or {@code null} without a suffix. */
  private static String[] splitSuffix(String description) {
    var m = SUFFIX.matcher(description);
    int at = -1;
    int end = -1;
    while (m.find()) {
      at = m.start();
      end = m.end();
    }
    if (at <= 0) {
      return null;
    }
    return new String[] {description.substring(0, at), description.substring(end).strip()};
  }

  /** The words a grade or cell-type suffix adds to {@code base}; none for "undetermined". */
  private static List<String> modifiers(String suffix, String base) {
    String s = suffix.toLowerCase(Locale.ROOT);
    Gender g = Gender.of(base);
    List<String> out = new ArrayList<>();
    if (s.startsWith("grado i,")) {
      out.add("bien " + g.agree("diferenciado"));
    } else if (s.startsWith("grado ii,")) {
      out.add("moderadamente " + g.agree("diferenciado"));
    } else if (s.startsWith("grado iii,")) {
      out.add("pobremente " + g.agree("diferenciado"));
      out.add("poco " + g.agree("diferenciado"));
    } else if (s.startsWith("grado iv,")) {
      out.add(g.agree("indiferenciado"));
    } else if (s.startsWith("células ")) {
      String cells = "de " + suffix.strip();
      if (!base.toLowerCase(Locale.ROOT).contains(suffix.strip().toLowerCase(Locale.ROOT))) {
        out.add(cells);
      }
    }
    return out;
  }

  /** The text with no-break spaces as spaces, stripped. */
  private static String space(String text) {
    return text.replace('\u00A0', ' ').strip();
  }

  private static String lowerFirst(String text) {
    if (text.length() < 2
        || !Character.isUpperCase(text.charAt(0))
        || Character.isUpperCase(text.charAt(1))) {
      return text;
    }
    return Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  /** The grammatical gender and number of a term's head noun (its first word). */
  enum Gender {
    MASCULINE("o"),
    FEMININE("a"),
    MASCULINE_PLURAL("os"),
    FEMININE_PLURAL("as");

    private final String ending;

    Gender(String ending) {
      this.ending = ending;
    }

    /** An adjective given in the masculine singular ("diferenciado"), agreeing with this. */
    String agree(String masculine) {
      return masculine.substring(0, masculine.length() - 1) + ending;
    }

    static Gender of(String term) {
      String head = term.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
      if (head.endsWith("omas") || head.endsWith("os") || head.endsWith("es")) {
        return MASCULINE_PLURAL;
      }
      if (head.endsWith("as")) {
        return FEMININE_PLURAL;
      }
      if (head.endsWith("oma") || head.endsWith("ema")) {
        return MASCULINE;
      }
      if (head.endsWith("a")
          || head.endsWith("dad")
          || head.endsWith("ión")
          || head.endsWith("sis")
          || head.endsWith("itis")) {
        return FEMININE;
      }
      return MASCULINE;
    }
  }
}
