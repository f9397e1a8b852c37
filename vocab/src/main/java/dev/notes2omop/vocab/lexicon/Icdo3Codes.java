package dev.notes2omop.vocab.lexicon;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a lexicon's {@code ICDO3} histology code names a condition. OMOP's {@code ICDO3} vocabulary
 * has histology concepts ({@code 8140/3}, class {@code ICDO Histology}) and condition concepts that
 * pair a histology with a site ({@code 8140/3-C18.9}) or with an unknown site ({@code 8140/3-NULL},
 * class {@code ICDO Condition}, standard, domain {@code Condition}). A tumour mention without its
 * site names the latter: a lexicon entry keyed to a histology is resolved to its unknown-site
 * condition when the vocabulary has it, else to the histology concept as any code.
 */
public final class Icdo3Codes {

  private static final Pattern HISTOLOGY = Pattern.compile("\\d{4}/\\d");

  private Icdo3Codes() {}

  /** The unknown-site condition code of an {@code ICDO3} histology entry ({@code 8140/3-NULL}). */
  public static Optional<String> unknownSiteCode(LexiconEntry entry) {
    if ("ICDO3".equals(entry.vocabularyId()) && HISTOLOGY.matcher(entry.conceptCode()).matches()) {
      return Optional.of(entry.conceptCode() + "-NULL");
    }
    return Optional.empty();
  }
}
