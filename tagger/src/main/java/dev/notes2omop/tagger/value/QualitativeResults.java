package dev.notes2omop.tagger.value;

import dev.notes2omop.core.nlp.TextFolding;
import java.util.Locale;

/**
 * Spanish qualitative results and their OMOP Meas Value names: "positivo" is {@code Positive},
 * "indetectable" and "no detectado" are {@code Not detected}, "normal" is {@code Normal}.
 */
final class QualitativeResults {

  /** The written forms (case-insensitive; both genders, singular and plural). */
  static final String PATTERN =
      "(?:positiv[oa]s?|negativ[oa]s?|anormal(?:es)?|normal(?:es)?|indetectables?"
          + "|no\\h+detectables?|no\\h+detectad[oa]s?|detectables?|detectad[oa]s?"
          + "|ausentes?|presentes?)";

  private QualitativeResults() {}

  /** The Meas Value name of a form {@link #PATTERN} matched. */
  static String measValueName(String written) {
    String folded = TextFolding.fold(written).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (folded.startsWith("positiv")) {
      return "Positive";
    } else if (folded.startsWith("negativ")) {
      return "Negative";
    } else if (folded.startsWith("anormal")) {
      return "Abnormal";
    } else if (folded.startsWith("normal")) {
      return "Normal";
    } else if (folded.startsWith("indetectable") || folded.startsWith("no detect")) {
      return "Not detected";
    } else if (folded.startsWith("detect")) {
      return "Detected";
    } else if (folded.startsWith("ausent")) {
      return "Absent";
    } else if (folded.startsWith("present")) {
      return "Present";
    }
    throw new IllegalArgumentException("not a qualitative result: " + written);
  }
}
