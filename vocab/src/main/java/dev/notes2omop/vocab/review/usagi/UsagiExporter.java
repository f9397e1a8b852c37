package dev.notes2omop.vocab.review.usagi;

import dev.notes2omop.vocab.Concept;
import dev.notes2omop.vocab.review.Decision;
import dev.notes2omop.vocab.review.DecisionStore;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the decisions as a Usagi save file (UTF-8, CRLF, Usagi's columns). Usagi keeps one status
 * per source code and groups consecutive rows of the same {@code sourceCode} and {@code
 * sourceName}; so a decision limited to a mention domain gets that domain in brackets after its
 * code ({@code hta [Condition]}) and in {@code ADD_INFO:mentionDomain}, and within a group the
 * approved targets come first. The output depends only on the decisions: exporting twice gives the
 * same bytes.
 */
public final class UsagiExporter {

  private final DecisionStore store;

  public UsagiExporter(DecisionStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /**
   * Writes all decisions to {@code file} (through a temporary file beside it).
   *
   * @return how many rows were written
   */
  public int export(Path file) {
    List<Decision> decisions = new ArrayList<>(store.list(null));
    decisions.sort(
        Comparator.comparing(UsagiExporter::usagiCode)
            .thenComparing(Decision::term)
            .thenComparing(Decision::status)
            .thenComparingInt(Decision::targetConceptId));
    Map<Integer, Concept> concepts =
        store.targetConcepts(decisions.stream().map(Decision::targetConceptId).toList());
    Path absolute = file.toAbsolutePath();
    try {
      Path temp =
          Files.createTempFile(absolute.getParent(), absolute.getFileName().toString(), ".tmp");
      try {
        try (BufferedWriter out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
          CsvWriter csv = new CsvWriter(out);
          csv.writeRecord(UsagiColumns.HEADER);
          for (Decision d : decisions) {
            csv.writeRecord(row(d, concepts.get(d.targetConceptId())));
          }
        }
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
    return decisions.size();
  }

  /** The {@code sourceCode} written: the STCM code, and the mention domain when there is one. */
  static String usagiCode(Decision d) {
    return d.mentionDomain() == null
        ? d.sourceCode()
        : d.sourceCode() + " [" + d.mentionDomain() + "]";
  }

  private static List<String> row(Decision d, Concept concept) {
    return List.of(
        usagiCode(d),
        d.term(),
        "0",
        "",
        orEmpty(d.mentionDomain()),
        score(d.matchScore()),
        d.status().name(),
        d.equivalence().name(),
        orEmpty(d.statusSetBy()),
        millis(d.statusSetOn()),
        Integer.toString(d.targetConceptId()),
        concept == null ? "" : concept.conceptName(),
        concept == null ? "" : concept.domainId(),
        d.targetType().name(),
        orEmpty(d.comment()),
        d.createdBy(),
        millis(d.createdOn()),
        orEmpty(d.assignedReviewer()));
  }

  /** At least two decimals as Usagi writes, up to the four the review table keeps. */
  private static String score(double score) {
    return new DecimalFormat("0.00##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(score);
  }

  private static String millis(Instant instant) {
    return instant == null ? "0" : Long.toString(instant.toEpochMilli());
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
