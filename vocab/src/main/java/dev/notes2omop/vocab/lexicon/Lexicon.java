package dev.notes2omop.vocab.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Terms in one or more languages for OMOP concepts, read from a tab-separated file (format: see
 * {@code lexicon/es.tsv}). Immutable.
 */
public final class Lexicon {

  /** The columns of a lexicon file's header, in order; the last two may be absent. */
  public static final List<String> COLUMNS =
      List.of("term", "language", "vocabulary_id", "concept_code", "domain", "note");

  private static final String BUNDLED_SPANISH = "/lexicon/es.tsv";

  private final List<LexiconEntry> entries;

  private Lexicon(List<LexiconEntry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** The Spanish lexicon shipped with notes2omop. */
  public static Lexicon bundledSpanish() {
    try (InputStream in = Lexicon.class.getResourceAsStream(BUNDLED_SPANISH)) {
      if (in == null) {
        throw new IllegalStateException(BUNDLED_SPANISH + " is missing from the classpath");
      }
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8), "es.tsv");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled lexicon " + BUNDLED_SPANISH, e);
    }
  }

  /**
   * Reads a lexicon file.
   *
   * @throws IOException when it cannot be read
   * @throws IllegalArgumentException when a line is malformed, naming the file and line
   */
  public static Lexicon read(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(reader, file.toString());
    }
  }

  /** An empty lexicon. */
  public static Lexicon empty() {
    return new Lexicon(List.of());
  }

  /** A lexicon of the given entries. */
  public static Lexicon of(List<LexiconEntry> entries) {
    return new Lexicon(entries);
  }

  /**
   * Parses lexicon text.
   *
   * @param sourceName the file name used in messages and in {@link LexiconEntry#source()}
   */
  public static Lexicon parse(Reader reader, String sourceName) throws IOException {
    BufferedReader lines = new BufferedReader(reader);
    List<LexiconEntry> entries = new ArrayList<>();
    boolean headerSeen = false;
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      if (number == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      String where = sourceName + ":" + number;
      if (!headerSeen) {
        checkHeader(fields, where);
        headerSeen = true;
        continue;
      }
      entries.add(entry(fields, where));
    }
    if (!headerSeen) {
      throw new IllegalArgumentException(
          sourceName + ": no header line (" + String.join("\t", COLUMNS) + ")");
    }
    return new Lexicon(entries);
  }

  private static void checkHeader(String[] fields, String where) {
    boolean ok = fields.length >= 4 && fields.length <= COLUMNS.size();
    for (int i = 0; ok && i < fields.length; i++) {
      ok = COLUMNS.get(i).equalsIgnoreCase(fields[i].strip());
    }
    if (!ok) {
      throw new IllegalArgumentException(
          where
              + ": the header must be the tab-separated columns "
              + String.join(", ", COLUMNS)
              + " (domain and note optional), found '"
              + String.join("\\t", fields)
              + "'");
    }
  }

  private static LexiconEntry entry(String[] fields, String where) {
    if (fields.length < 4 || fields.length > COLUMNS.size()) {
      throw new IllegalArgumentException(
          where + ": expected 4 to 6 tab-separated columns, found " + fields.length);
    }
    for (int i = 0; i < 4; i++) {
      if (fields[i].isBlank()) {
        throw new IllegalArgumentException(where + ": " + COLUMNS.get(i) + " is empty");
      }
    }
    return new LexiconEntry(
        fields[0].strip(),
        fields[1].strip(),
        fields[2].strip(),
        fields[3].strip(),
        optional(fields, 4),
        optional(fields, 5),
        where);
  }

  private static String optional(String[] fields, int index) {
    if (fields.length <= index || fields[index].isBlank()) {
      return null;
    }
    return fields[index].strip();
  }

  /** Every entry, in file order. */
  public List<LexiconEntry> entries() {
    return entries;
  }

  /** How many entries there are. */
  public int size() {
    return entries.size();
  }

  /** This lexicon followed by the entries of {@code other}. */
  public Lexicon plus(Lexicon other) {
    List<LexiconEntry> all = new ArrayList<>(entries);
    all.addAll(other.entries);
    return new Lexicon(all);
  }

  /**
   * Finds entries that repeat an earlier one (same folded term, language and concept) and entries
   * whose folded term names a different concept than an earlier one in the same language.
   */
  public LexiconValidation validate() {
    Map<String, LexiconEntry> first = new HashMap<>();
    List<String> duplicates = new ArrayList<>();
    List<String> conflicts = new ArrayList<>();
    for (LexiconEntry entry : entries) {
      String key = entry.language() + "\u0000" + entry.key();
      LexiconEntry earlier = first.putIfAbsent(key, entry);
      if (earlier == null) {
        continue;
      }
      if (earlier.conceptReference().equals(entry.conceptReference())) {
        duplicates.add(
            entry.source()
                + ": '"
                + entry.term()
                + "' repeats '"
                + earlier.term()
                + "' at "
                + earlier.source());
      } else {
        conflicts.add(
            entry.source()
                + ": '"
                + entry.term()
                + "' -> "
                + entry.conceptReference()
                + " conflicts with '"
                + earlier.term()
                + "' -> "
                + earlier.conceptReference()
                + " at "
                + earlier.source());
      }
    }
    return new LexiconValidation(duplicates, conflicts);
  }
}
