package dev.notes2omop.vocab.lexicon.terminology;

import dev.notes2omop.core.nlp.TextFolding;
import dev.notes2omop.vocab.lexicon.LexiconEntry;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The CIE-O-3.1 morphology as lexicon entries of vocabulary {@code ICDO3}, domain {@code
 * Condition}. Every entry is keyed to the histology code {@code NNNN/B}, the OMOP concept code: the
 * terms of a graded code ({@code 8140/33}, "adenocarcinoma pobremente diferenciado") name the
 * histology, since OMOP has no concept for the grade digit, and their note says which grade was
 * dropped. The note starts with {@value LexiconEntry#FULL_VOCABULARIES}, so that a vocabulary
 * without {@code ICDO3} (the samples) gives warnings, not errors, and the terms are still tagged.
 *
 * <p>A folded term is kept once: a term that the excluded keys hold (the hand-written lexicon,
 * which wins, and the mapping test sets, which a lexicon must not learn) is dropped, and a term
 * that two histologies share is kept for the first code in file order (an ungraded code comes
 * before its graded lines).
 */
public final class CieOLexicon {

  /** The vocabulary of the entries. */
  public static final String VOCABULARY = "ICDO3";

  /** The copyright notice that goes with anything derived from the CIE-O-3.1 tables. */
  public static final String NOTICE =
      "CIE-O-3.1 (Clasificación Internacional de Enfermedades para Oncología, 3.ª edición, primera"
          + " revisión), morphology: © World Health Organization (ICD-O-3.1); Spanish translation"
          + " © Ministerio de Sanidad (eCIE tables), as redistributed with the CANTEMIST resources"
          + " (BSC / Plan TL).";

  /**
   * What a build produced.
   *
   * @param entries the lexicon entries, in code order
   * @param codes how many codes were read
   * @param excluded terms dropped because an excluded key (another lexicon, a test set) has them
   * @param shared terms dropped because an earlier histology has the same folded term
   */
  public record Result(List<LexiconEntry> entries, int codes, int excluded, int shared) {}

  private CieOLexicon() {}

  /**
   * Reads the morphology file: tab-separated {@code code, description, short_description} with a
   * header line.
   *
   * @throws IllegalArgumentException naming the line when one is malformed
   */
  public static List<CieOCode> read(Path file) throws IOException {
    List<CieOCode> codes = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line = reader.readLine();
      if (line == null || !line.replace("\uFEFF", "").startsWith("code\t")) {
        throw new IllegalArgumentException(
            file + ":1: expected the header code, description, short_description");
      }
      int number = 1;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 3) {
          throw new IllegalArgumentException(
              file + ":" + number + ": expected 3 tab-separated columns, found " + f.length);
        }
        try {
          codes.add(new CieOCode(f[0].strip(), f[1].strip(), f[2].strip()));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(file + ":" + number + ": " + e.getMessage(), e);
        }
      }
    }
    return codes;
  }

  /**
   * The entries for {@code codes}.
   *
   * @param excludedKeys {@link TextFolding#key folded} terms never to write
   * @param sourceName the file name written in each entry's {@code source}
   */
  public static Result build(List<CieOCode> codes, Set<String> excludedKeys, String sourceName) {
    Map<String, String> histologyByKey = new HashMap<>();
    Map<String, LexiconEntry> entries = new LinkedHashMap<>();
    int excluded = 0;
    int shared = 0;
    int line = 0;
    for (CieOCode code : codes) {
      for (String term : CieOTerms.terms(code)) {
        String key = TextFolding.key(term);
        if (key.isEmpty()) {
          continue;
        }
        if (excludedKeys.contains(key)) {
          excluded++;
          continue;
        }
        String earlier = histologyByKey.putIfAbsent(key, code.histology());
        if (earlier != null) {
          if (!earlier.equals(code.histology())) {
            shared++;
          }
          continue;
        }
        entries.put(
            key,
            new LexiconEntry(
                term,
                "es",
                VOCABULARY,
                code.histology(),
                "Condition",
                note(code),
                sourceName + ":" + ++line));
      }
    }
    return new Result(List.copyOf(entries.values()), codes.size(), excluded, shared);
  }

  private static String note(CieOCode code) {
    String note = LexiconEntry.FULL_VOCABULARIES + " (ICDO3); CIE-O-3.1 " + code.code();
    return code.graded() ? note + ", grade digit dropped" : note;
  }
}
