package dev.notes2omop.omop.write;

import java.util.LinkedHashMap;
import java.util.Map;

/** Rows written per CDM table, for {@code WriteResult.Written}. */
final class RowCounts {

  private final Map<String, Integer> counts = new LinkedHashMap<>();

  void add(String table, int rows) {
    counts.merge(table, rows, Integer::sum);
  }

  Map<String, Integer> asMap() {
    return counts;
  }
}
