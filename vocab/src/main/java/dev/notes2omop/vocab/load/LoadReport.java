package dev.notes2omop.vocab.load;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a vocabulary load did.
 *
 * @param rowsByTable the rows now in each loaded table, in load order (after de-duplication)
 * @param badRows the first malformed rows, each as {@code FILE:LINE: reason} (at most {@link
 *     #MAX_LISTED})
 * @param badRowCount how many malformed rows were skipped in all
 * @param duplicatesByTable how many rows were dropped per table because an earlier row had the same
 *     primary key (first wins)
 * @param duplicates the first dropped duplicates, each as {@code FILE:LINE: reason}
 * @param warnings files or columns that were not loaded, and why
 * @param elapsed how long the load took
 */
public record LoadReport(
    Map<String, Long> rowsByTable,
    List<String> badRows,
    long badRowCount,
    Map<String, Long> duplicatesByTable,
    List<String> duplicates,
    List<String> warnings,
    Duration elapsed) {

  /** How many bad rows and duplicates are listed at most; the counts include all of them. */
  public static final int MAX_LISTED = 100;

  public LoadReport {
    rowsByTable = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rowsByTable));
    badRows = List.copyOf(badRows);
    duplicatesByTable =
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(duplicatesByTable));
    duplicates = List.copyOf(duplicates);
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /** The rows loaded into {@code table}, 0 when it was not loaded. */
  public long rows(String table) {
    return rowsByTable.getOrDefault(table, 0L);
  }

  /** The rows loaded in all tables. */
  public long totalRows() {
    return rowsByTable.values().stream().mapToLong(Long::longValue).sum();
  }

  /** How many rows were dropped as duplicates in all tables. */
  public long duplicateCount() {
    return duplicatesByTable.values().stream().mapToLong(Long::longValue).sum();
  }

  /** A few lines for a log or the CLI. */
  public String summary() {
    StringBuilder sb = new StringBuilder();
    sb.append("loaded ").append(totalRows()).append(" rows in ").append(elapsed.toMillis());
    sb.append(" ms: ").append(rowsByTable);
    if (badRowCount > 0) {
      sb.append("; ").append(badRowCount).append(" malformed rows skipped");
    }
    if (duplicateCount() > 0) {
      sb.append("; ").append(duplicateCount()).append(" duplicate rows dropped ");
      sb.append(duplicatesByTable);
    }
    return sb.toString();
  }
}
