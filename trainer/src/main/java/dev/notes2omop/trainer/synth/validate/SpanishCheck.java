package dev.notes2omop.trainer.synth.validate;

import dev.notes2omop.core.nlp.TextFolding;
import java.util.Set;

/**
 * Whether a text looks Spanish, by its function words: a cheap heuristic, not a language
 * identifier.
 *
 * <p>The text is folded (lower case, no accents) and split into words; words that are common in
 * Spanish but not English ("de", "la", "con", "que", "paciente", ...) and words common in English
 * but not Spanish ("the", "of", "with", "patient", ...) are counted. Words shared by both ("a",
 * "no") and everything else are ignored. A text with fewer than {@value #MIN_EVIDENCE} such words
 * (telegraphic clinical text: "TA 120/80 mmHg. FC 72 lpm.") cannot be judged and is accepted;
 * otherwise at least {@value #MIN_SPANISH_SHARE} of them must be Spanish.
 */
final class SpanishCheck {

  static final int MIN_EVIDENCE = 3;
  static final double MIN_SPANISH_SHARE = 0.6;

  private static final Set<String> SPANISH =
      Set.of(
          "de",
          "la",
          "el",
          "en",
          "y",
          "con",
          "por",
          "para",
          "que",
          "los",
          "las",
          "del",
          "sin",
          "se",
          "un",
          "una",
          "al",
          "su",
          "sus",
          "lo",
          "como",
          "pero",
          "es",
          "esta",
          "este",
          "son",
          "le",
          "ya",
          "tras",
          "desde",
          "hasta",
          "sobre",
          "entre",
          "refiere",
          "niega",
          "paciente",
          "presenta",
          "cuadro",
          "dias",
          "anos",
          "ni",
          "muy",
          "mas");

  private static final Set<String> ENGLISH =
      Set.of(
          "the", "of", "and", "with", "for", "to", "is", "was", "were", "are", "on", "at", "by",
          "from", "this", "that", "has", "have", "had", "which", "in", "patient", "denies",
          "reports", "history", "without", "an", "be", "been", "days", "years", "or", "but");

  private SpanishCheck() {}

  static boolean looksSpanish(String text) {
    String folded = TextFolding.fold(text);
    int spanish = 0;
    int english = 0;
    int i = 0;
    int n = folded.length();
    while (i < n) {
      while (i < n && !Character.isLetter(folded.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetter(folded.charAt(i))) {
        i++;
      }
      if (i > start && i - start <= 9) {
        String word = folded.substring(start, i);
        if (SPANISH.contains(word)) {
          spanish++;
        } else if (ENGLISH.contains(word)) {
          english++;
        }
      }
    }
    int evidence = spanish + english;
    return evidence < MIN_EVIDENCE || spanish >= MIN_SPANISH_SHARE * evidence;
  }
}
