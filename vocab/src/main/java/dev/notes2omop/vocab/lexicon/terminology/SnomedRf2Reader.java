package dev.notes2omop.vocab.lexicon.terminology;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads the Spanish terms of a SNOMED CT release in RF2 (a national Spanish edition, or the
 * international Spanish edition): the description snapshot ({@code
 * sct2_Description_Snapshot-es*.txt}) and the language reference set snapshot ({@code
 * der2_cRefset_LanguageSnapshot-es*.txt}), found anywhere under the release directory. A term is
 * read when its description row is active, is a synonym (fully specified names, with their semantic
 * tag in brackets, are not how notes write), and an active row of a language reference set marks it
 * preferred ({@value #PREFERRED}) or acceptable ({@value #ACCEPTABLE}).
 */
public final class SnomedRf2Reader {

  /** {@code acceptabilityId} of a preferred term. */
  public static final String PREFERRED = "900000000000548007";

  /** {@code acceptabilityId} of an acceptable term. */
  public static final String ACCEPTABLE = "900000000000549004";

  /** {@code typeId} of a synonym. */
  public static final String SYNONYM = "900000000000013009";

  /**
   * One Spanish term of a concept.
   *
   * @param conceptId the SNOMED CT concept id (the OMOP {@code concept_code})
   * @param term the description's term
   * @param preferred preferred in a language reference set (else acceptable)
   * @param descriptionId the RF2 description id
   */
  public record Term(String conceptId, String term, boolean preferred, String descriptionId) {}

  /**
   * What the files held.
   *
   * @param descriptions description rows read
   * @param inactive description rows not active
   * @param notSynonym active fully specified names (and other non-synonym types) skipped
   * @param notInRefset active synonyms that no active language reference set row accepts
   */
  public record Counts(long descriptions, long inactive, long notSynonym, long notInRefset) {}

  private final Path descriptionFile;
  private final List<Path> refsetFiles;

  private SnomedRf2Reader(Path descriptionFile, List<Path> refsetFiles) {
    this.descriptionFile = descriptionFile;
    this.refsetFiles = refsetFiles;
  }

  /**
   * Finds the Spanish description and language reference set snapshots under {@code dir}.
   *
   * @throws IllegalArgumentException naming what is missing or ambiguous
   */
  public static SnomedRf2Reader in(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(dir + " is not a directory: give an RF2 release folder");
    }
    List<Path> descriptions = find(dir, "sct2_description_snapshot-es");
    List<Path> refsets = find(dir, "der2_crefset_languagesnapshot-es");
    if (descriptions.size() != 1) {
      throw new IllegalArgumentException(
          dir
              + " holds "
              + descriptions.size()
              + " Spanish description snapshots (sct2_Description_Snapshot-es*.txt), expected one: "
              + descriptions);
    }
    if (refsets.isEmpty()) {
      throw new IllegalArgumentException(
          dir
              + " holds no Spanish language reference set snapshot"
              + " (der2_cRefset_LanguageSnapshot-es*.txt)");
    }
    return new SnomedRf2Reader(descriptions.get(0), refsets);
  }

  private static List<Path> find(Path dir, String prefix) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .filter(
              p -> {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return name.startsWith(prefix) && name.endsWith(".txt");
              })
          .sorted()
          .toList();
    }
  }

  /** The description snapshot read. */
  public Path descriptionFile() {
    return descriptionFile;
  }

  /** The language reference set snapshots read. */
  public List<Path> refsetFiles() {
    return refsetFiles;
  }

  /** Reads the terms, in description file order, giving each accepted one to {@code sink}. */
  public Counts read(Consumer<Term> sink) throws IOException {
    Map<String, Boolean> accepted = acceptability();
    long rows = 0;
    long inactive = 0;
    long notSynonym = 0;
    long notInRefset = 0;
    try (BufferedReader reader = Files.newBufferedReader(descriptionFile, StandardCharsets.UTF_8)) {
      Header header =
          Header.of(
              reader.readLine(), descriptionFile, "id", "active", "conceptId", "typeId", "term");
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        rows++;
        String[] f = line.split("\t", -1);
        if (!"1".equals(header.get(f, "active"))) {
          inactive++;
        } else if (!SYNONYM.equals(header.get(f, "typeId"))) {
          notSynonym++;
        } else {
          Boolean preferred = accepted.get(header.get(f, "id"));
          if (preferred == null) {
            notInRefset++;
          } else {
            sink.accept(
                new Term(
                    header.get(f, "conceptId"),
                    header.get(f, "term").strip(),
                    preferred,
                    header.get(f, "id")));
          }
        }
      }
    }
    return new Counts(rows, inactive, notSynonym, notInRefset);
  }

  /** Description id to preferred (true) or acceptable (false), from active refset rows. */
  private Map<String, Boolean> acceptability() throws IOException {
    Map<String, Boolean> accepted = new HashMap<>();
    for (Path file : refsetFiles) {
      try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        Header header =
            Header.of(
                reader.readLine(), file, "active", "referencedComponentId", "acceptabilityId");
        String line;
        while ((line = reader.readLine()) != null) {
          if (line.isBlank()) {
            continue;
          }
          String[] f = line.split("\t", -1);
          if (!"1".equals(header.get(f, "active"))) {
            continue;
          }
          String acceptability = header.get(f, "acceptabilityId");
          boolean preferred = PREFERRED.equals(acceptability);
          if (preferred || ACCEPTABLE.equals(acceptability)) {
            accepted.merge(header.get(f, "referencedComponentId"), preferred, Boolean::logicalOr);
          }
        }
      }
    }
    return accepted;
  }

  /** The column positions of an RF2 file, by name. */
  private record Header(Map<String, Integer> columns) {

    static Header of(String line, Path file, String... required) {
      if (line == null) {
        throw new IllegalArgumentException(file + " is empty: expected an RF2 header line");
      }
      Map<String, Integer> columns = new HashMap<>();
      String[] names = line.replace("\uFEFF", "").split("\t", -1);
      for (int i = 0; i < names.length; i++) {
        columns.put(names[i].strip(), i);
      }
      List<String> missing = new ArrayList<>();
      for (String name : required) {
        if (!columns.containsKey(name)) {
          missing.add(name);
        }
      }
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException(
            file + ":1: not an RF2 header, it lacks the columns " + missing);
      }
      return new Header(columns);
    }

    String get(String[] fields, String column) {
      int i = columns.get(column);
      return i < fields.length ? fields[i] : "";
    }
  }
}
