package dev.notes2omop.plugin.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A term to map and the OMOP domain of its mention, or {@code null} for any domain.
 *
 * @param term the text
 * @param domain a canonical domain id ({@code Condition}, ...) or {@code null}
 */
record MapTerm(String term, String domain) {

  /** The domains a term may be mapped in, by their folded names. */
  private static final Map<String, String> DOMAINS =
      Map.of(
          "condition", "Condition",
          "drug", "Drug",
          "measurement", "Measurement",
          "procedure", "Procedure",
          "observation", "Observation",
          "unit", "Unit");

  /**
   * The canonical domain id of {@code value}, in any case; {@code null} for {@code null} or blank.
   *
   * @throws IllegalArgumentException for an unknown domain, listing the known ones
   */
  static String domain(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String domain = DOMAINS.get(value.strip().toLowerCase(Locale.ROOT));
    if (domain == null) {
      throw new IllegalArgumentException(
          "unknown domain '"
              + value.strip()
              + "': use Condition, Drug, Measurement, Procedure, Observation or Unit");
    }
    return domain;
  }

  /**
   * Reads a file of one term per line, optionally followed by a tab and a domain; blank lines and
   * lines starting with {@code #} are skipped.
   *
   * @param defaultDomain the domain of lines without one, or {@code null}
   * @throws IllegalArgumentException naming the file and line of a bad domain
   */
  static List<MapTerm> read(Path file, String defaultDomain) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("input file " + file + " does not exist");
    }
    List<MapTerm> terms = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        String term = (tab < 0 ? line : line.substring(0, tab)).strip();
        if (term.isEmpty()) {
          throw new IllegalArgumentException(file + ":" + number + ": the term is empty");
        }
        try {
          String domain = tab < 0 ? defaultDomain : domain(line.substring(tab + 1));
          terms.add(new MapTerm(term, domain == null ? defaultDomain : domain));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(file + ":" + number + ": " + e.getMessage(), e);
        }
      }
    }
    return terms;
  }
}
