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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Terms in one or more languages for OMOP concepts, read from a tab-separated file (format: see
 * {@code lexicon/es.tsv}). Immutable.
 */
public final class Lexicon {

  /** The columns of a lexicon file's header, in order; the last two may be absent. */
  public static final List<String> COLUMNS =
      List.of("term", "language", "vocabulary_id", "concept_code", "domain", "note");

  private static final String BUNDLED_SPANISH = "/lexicon/es.tsv";

  private static final String BUNDLED_ICDO3 = "/lexicon/es-icdo3.tsv";

  private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

  private final List<LexiconEntry> entries;
  private final List<LexiconProblem> malformed;

  private Lexicon(List<LexiconEntry> entries, List<LexiconProblem> malformed) {
    this.entries = List.copyOf(entries);
    this.malformed = List.copyOf(malformed);
  }

  /**
   * The hand-written Spanish lexicon shipped with notes2omop ({@code lexicon/es.tsv}): the terms
   * the trainer's grammar writes. Tagging and mapping use {@link #bundled()}, which adds the
   * sections generated from open terminologies.
   */
  public static Lexicon bundledSpanish() {
    return resource(BUNDLED_SPANISH, "es.tsv");
  }

  /**
   * The CIE-O-3.1 morphology section ({@code lexicon/es-icdo3.tsv}): Spanish tumour terms keyed to
   * {@code ICDO3} histology codes, generated from the CIE-O-3.1 tables by {@code notes2omop vocab
   * lexicon import --cie-o} (docs/lexicons.md).
   */
  public static Lexicon bundledIcdo3() {
    return resource(BUNDLED_ICDO3, "es-icdo3.tsv");
  }

  /**
   * Every bundled lexicon, the hand-written one first (so its entries win): what tagging, mapping
   * and {@code vocab lexicon check} use.
   */
  public static Lexicon bundled() {
    return bundledSpanish().plus(bundledIcdo3());
  }

  private static Lexicon resource(String resource, String name) {
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the classpath");
      }
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8), name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled lexicon " + resource, e);
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

  /**
   * Reads a lexicon file, skipping malformed lines: they are kept as {@link #malformed()} problems
   * and reported by {@link #validate()}.
   *
   * @throws IOException when it cannot be read
   */
  public static Lexicon readLenient(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parseLenient(reader, file.toString());
    }
  }

  /** An empty lexicon. */
  public static Lexicon empty() {
    return new Lexicon(List.of(), List.of());
  }

  /** A lexicon of the given entries. */
  public static Lexicon of(List<LexiconEntry> entries) {
    return new Lexicon(entries, List.of());
  }

  /**
   * Parses lexicon text.
   *
   * @param sourceName the file name used in messages and in {@link LexiconEntry#source()}
   * @throws IllegalArgumentException when a line is malformed, naming the file and line
   */
  public static Lexicon parse(Reader reader, String sourceName) throws IOException {
    return parse(
        reader,
        sourceName,
        problem -> {
          throw new IllegalArgumentException(problem.toString());
        });
  }

  /**
   * Parses lexicon text, skipping malformed lines: they are kept as {@link #malformed()} problems.
   * A wrong or missing header is reported, and the lines are read in the standard column order.
   *
   * @param sourceName the file name used in messages and in {@link LexiconEntry#source()}
   */
  public static Lexicon parseLenient(Reader reader, String sourceName) throws IOException {
    List<LexiconProblem> malformed = new ArrayList<>();
    Lexicon lexicon = parse(reader, sourceName, malformed::add);
    return new Lexicon(lexicon.entries, malformed);
  }

  private static Lexicon parse(
      Reader reader, String sourceName, Consumer<LexiconProblem> onMalformed) throws IOException {
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
        headerSeen = true;
        String wrong = headerProblem(fields);
        if (wrong == null) {
          continue;
        }
        onMalformed.accept(LexiconProblem.of(LexiconProblem.Kind.MALFORMED, where, wrong));
        if (!COLUMNS.get(0).equalsIgnoreCase(fields[0].strip())) {
          // no header at all: the line may be an entry
          entry(fields, where, onMalformed).ifPresent(entries::add);
        }
        continue;
      }
      entry(fields, where, onMalformed).ifPresent(entries::add);
    }
    if (!headerSeen) {
      onMalformed.accept(
          LexiconProblem.of(
              LexiconProblem.Kind.MALFORMED,
              sourceName + ":1",
              "no header line (" + String.join("\t", COLUMNS) + ")"));
    }
    return new Lexicon(entries, List.of());
  }

  /** What is wrong with a header line, or {@code null} when it is right. */
  private static String headerProblem(String[] fields) {
    boolean ok = fields.length >= 4 && fields.length <= COLUMNS.size();
    for (int i = 0; ok && i < fields.length; i++) {
      ok = COLUMNS.get(i).equalsIgnoreCase(fields[i].strip());
    }
    if (ok) {
      return null;
    }
    return "the header must be the tab-separated columns "
        + String.join(", ", COLUMNS)
        + " (domain and note optional), found '"
        + String.join("\\t", fields)
        + "'";
  }

  private static Optional<LexiconEntry> entry(
      String[] fields, String where, Consumer<LexiconProblem> onMalformed) {
    String wrong = null;
    if (fields.length < 4 || fields.length > COLUMNS.size()) {
      wrong = "expected 4 to 6 tab-separated columns, found " + fields.length;
    } else {
      for (int i = 0; wrong == null && i < 4; i++) {
        if (fields[i].isBlank()) {
          wrong = COLUMNS.get(i) + " is empty";
        }
      }
    }
    if (wrong == null) {
      try {
        return Optional.of(
            new LexiconEntry(
                fields[0].strip(),
                fields[1].strip(),
                fields[2].strip(),
                fields[3].strip(),
                optional(fields, 4),
                optional(fields, 5),
                where));
      } catch (IllegalArgumentException e) {
        onMalformed.accept(
            LexiconProblem.of(LexiconProblem.Kind.MALFORMED, where, messageAfterSource(e, where)));
        return Optional.empty();
      }
    }
    onMalformed.accept(LexiconProblem.of(LexiconProblem.Kind.MALFORMED, where, wrong));
    return Optional.empty();
  }

  private static String messageAfterSource(IllegalArgumentException e, String where) {
    String message = e.getMessage();
    return message.startsWith(where + ": ") ? message.substring(where.length() + 2) : message;
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

  /** The lines skipped as malformed when the lexicon was read leniently, in file order. */
  public List<LexiconProblem> malformed() {
    return malformed;
  }

  /** This lexicon followed by the entries (and skipped lines) of {@code other}. */
  public Lexicon plus(Lexicon other) {
    List<LexiconEntry> all = new ArrayList<>(entries);
    all.addAll(other.entries);
    List<LexiconProblem> skipped = new ArrayList<>(malformed);
    skipped.addAll(other.malformed);
    return new Lexicon(all, skipped);
  }

  /**
   * Finds what is wrong within the lexicon: the lines skipped as malformed, languages that are not
   * ISO 639-1 codes, entries that repeat an earlier one (same folded term, language and concept)
   * and entries whose folded term names a different concept than an earlier one in the same
   * language.
   */
  public LexiconValidation validate() {
    List<LexiconProblem> problems = new ArrayList<>(malformed);
    Map<String, LexiconEntry> first = new HashMap<>();
    Set<String> languagesReported = new HashSet<>();
    for (LexiconEntry entry : entries) {
      if (!ISO_LANGUAGES.contains(entry.language())
          && languagesReported.add(entry.source() + entry.language())) {
        problems.add(
            LexiconProblem.of(
                LexiconProblem.Kind.UNKNOWN_LANGUAGE,
                entry.source(),
                "'"
                    + entry.language()
                    + "' is not an ISO 639-1 language code (two lower-case letters, e.g. es)"));
      }
      String key = entry.language() + "\u0000" + entry.key();
      LexiconEntry earlier = first.putIfAbsent(key, entry);
      if (earlier == null) {
        continue;
      }
      if (earlier.conceptReference().equals(entry.conceptReference())) {
        problems.add(
            LexiconProblem.of(
                LexiconProblem.Kind.DUPLICATE,
                entry.source(),
                "'" + entry.term() + "' repeats '" + earlier.term() + "' at " + earlier.source()));
      } else {
        problems.add(
            LexiconProblem.of(
                LexiconProblem.Kind.CONFLICT,
                entry.source(),
                "'"
                    + entry.term()
                    + "' -> "
                    + entry.conceptReference()
                    + " conflicts with '"
                    + earlier.term()
                    + "' -> "
                    + earlier.conceptReference()
                    + " at "
                    + earlier.source()));
      }
    }
    return new LexiconValidation(problems);
  }
}
