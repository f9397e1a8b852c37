package dev.notes2omop.vocab.review.usagi;

import dev.notes2omop.vocab.review.DecisionRequest;
import dev.notes2omop.vocab.review.DecisionStore;
import dev.notes2omop.vocab.review.Equivalence;
import dev.notes2omop.vocab.review.ReviewException;
import dev.notes2omop.vocab.review.ReviewStatus;
import dev.notes2omop.vocab.review.TargetType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports a Usagi save file into the review table. Every row is one decision about its {@code
 * sourceName} (the term; its folded key is the identity, {@code sourceCode} is not used) and its
 * {@code conceptId}; several rows of a source code are several targets. The whole file is checked
 * first (format, statuses, concept ids: each error as {@code FILE:LINE}); when anything is wrong
 * nothing is written, else all rows are recorded in one transaction.
 */
public final class UsagiImporter {

  private static final Logger log = LoggerFactory.getLogger(UsagiImporter.class);

  private final DecisionStore store;

  public UsagiImporter(DecisionStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /**
   * Imports {@code file}.
   *
   * @param reviewer who imports: the creator and status setter of rows that do not say
   * @throws UsagiImportException listing the wrong lines; nothing is written
   * @throws UncheckedIOException when the file cannot be read
   */
  public UsagiImportReport importFile(Path file, String reviewer) {
    String name = file.toString();
    List<CsvReader.CsvRecord> records;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      records = new CsvReader(in, name).readAll();
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException(name + " does not exist", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
    } catch (UsagiFormatException e) {
      throw new UsagiImportException(name, List.of(e.getMessage()));
    }
    if (records.isEmpty()) {
      throw new UsagiImportException(name, List.of(name + ":1: the file is empty"));
    }
    Header header = Header.of(records.get(0), name);
    List<String> errors = new ArrayList<>();
    List<Parsed> parsed = new ArrayList<>();
    int rows = 0;
    int skipped = 0;
    for (CsvReader.CsvRecord record : records.subList(1, records.size())) {
      if (record.fields().size() == 1 && record.fields().get(0).isBlank()) {
        continue; // an empty line, as Usagi's CSV reader ignores
      }
      rows++;
      try {
        DecisionRequest request = header.request(record, reviewer);
        if (request == null) {
          skipped++;
          continue;
        }
        store.validate(request);
        parsed.add(new Parsed(record.line(), request));
      } catch (UsagiFormatException e) {
        errors.add(e.getMessage());
      } catch (ReviewException e) {
        errors.add(name + ":" + record.line() + ": " + e.getMessage());
      }
    }
    Map<Integer, String> problems =
        store.targetProblems(parsed.stream().map(p -> p.request.targetConceptId()).toList());
    for (Parsed p : parsed) {
      String problem = problems.get(p.request.targetConceptId());
      if (problem != null) {
        errors.add(name + ":" + p.line + ": " + problem);
      }
    }
    if (!errors.isEmpty()) {
      errors.sort(java.util.Comparator.comparingInt(UsagiImporter::lineOf));
      throw new UsagiImportException(name, errors);
    }
    Map<DecisionStore.Outcome, Integer> counts = new HashMap<>();
    store
        .recordAll(parsed.stream().map(p -> p.request).toList())
        .forEach(r -> counts.merge(r.outcome(), 1, Integer::sum));
    UsagiImportReport report =
        new UsagiImportReport(
            rows,
            counts.getOrDefault(DecisionStore.Outcome.CREATED, 0),
            counts.getOrDefault(DecisionStore.Outcome.UPDATED, 0),
            counts.getOrDefault(DecisionStore.Outcome.UNCHANGED, 0),
            skipped);
    log.info("imported {}: {}", name, report);
    return report;
  }

  private static int lineOf(String error) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(":(\\d+): ").matcher(error);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  private record Parsed(int line, DecisionRequest request) {}

  /** The file's columns by name. */
  private record Header(Map<String, Integer> columns, int width, String file) {

    static Header of(CsvReader.CsvRecord record, String file) {
      Map<String, Integer> columns = new HashMap<>();
      for (int i = 0; i < record.fields().size(); i++) {
        columns.putIfAbsent(record.fields().get(i).strip(), i);
      }
      List<String> missing =
          UsagiColumns.REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
      if (!missing.isEmpty()) {
        throw new UsagiImportException(
            file,
            List.of(
                file
                    + ":"
                    + record.line()
                    + ": not a Usagi save file, the header lacks "
                    + String.join(", ", missing)));
      }
      return new Header(columns, record.fields().size(), file);
    }

    /** The decision of a row, or {@code null} for a row that holds none. */
    DecisionRequest request(CsvReader.CsvRecord record, String reviewer) {
      if (record.fields().size() != width) {
        throw error(
            record,
            record.fields().size() + " fields where the header has " + width + " (a stray comma?)");
      }
      String term = get(record, UsagiColumns.SOURCE_NAME);
      if (term.isBlank()) {
        term = get(record, UsagiColumns.SOURCE_CODE);
      }
      int conceptId = parseInt(record, UsagiColumns.CONCEPT_ID);
      ReviewStatus status = parse(record, UsagiColumns.MAPPING_STATUS, ReviewStatus::parse);
      if (conceptId == 0 && !status.isHumanDecision()) {
        return null;
      }
      String equivalence = get(record, UsagiColumns.EQUIVALENCE);
      String type = get(record, UsagiColumns.MAPPING_TYPE);
      return new DecisionRequest(
          term,
          blankToNull(get(record, UsagiColumns.MENTION_DOMAIN)),
          conceptId,
          status,
          equivalence.isBlank()
              ? Equivalence.UNREVIEWED
              : parse(record, UsagiColumns.EQUIVALENCE, Equivalence::parse),
          type.isBlank()
              ? TargetType.MAPS_TO
              : parse(record, UsagiColumns.MAPPING_TYPE, TargetType::parse),
          parseScore(record),
          reviewer,
          blankToNull(get(record, UsagiColumns.STATUS_SET_BY)),
          parseTime(record, UsagiColumns.STATUS_SET_ON),
          blankToNull(get(record, UsagiColumns.COMMENT)),
          blankToNull(get(record, UsagiColumns.ASSIGNED_REVIEWER)),
          blankToNull(get(record, UsagiColumns.CREATED_BY)),
          parseTime(record, UsagiColumns.CREATED_ON));
    }

    private String get(CsvReader.CsvRecord record, String column) {
      Integer index = columns.get(column);
      return index == null ? "" : record.fields().get(index);
    }

    private int parseInt(CsvReader.CsvRecord record, String column) {
      String value = get(record, column).strip();
      try {
        int parsed = Integer.parseInt(value);
        if (parsed < 0) {
          throw error(record, column + " '" + value + "' is negative");
        }
        return parsed;
      } catch (NumberFormatException e) {
        throw error(record, column + " '" + value + "' is not a concept id");
      }
    }

    private double parseScore(CsvReader.CsvRecord record) {
      String value = get(record, UsagiColumns.MATCH_SCORE).strip();
      try {
        double score = value.isEmpty() ? 0 : Double.parseDouble(value);
        if (!(score >= 0 && score <= 1)) {
          throw error(record, "matchScore " + value + " is not between 0 and 1");
        }
        return score;
      } catch (NumberFormatException e) {
        throw error(record, "matchScore '" + value + "' is not a number");
      }
    }

    /** Usagi's times are milliseconds since 1970; 0 or empty means not set. */
    private Instant parseTime(CsvReader.CsvRecord record, String column) {
      String value = get(record, column).strip();
      if (value.isEmpty() || value.equals("0")) {
        return null;
      }
      try {
        return Instant.ofEpochMilli(Long.parseLong(value));
      } catch (NumberFormatException e) {
        throw error(record, column + " '" + value + "' is not a time in milliseconds since 1970");
      }
    }

    private <T> T parse(
        CsvReader.CsvRecord record, String column, java.util.function.Function<String, T> parser) {
      try {
        return parser.apply(get(record, column));
      } catch (IllegalArgumentException e) {
        throw error(record, e.getMessage());
      }
    }

    private UsagiFormatException error(CsvReader.CsvRecord record, String message) {
      return new UsagiFormatException(file, record.line(), message);
    }

    private static String blankToNull(String s) {
      return s == null || s.isBlank() ? null : s;
    }
  }
}
