package dev.notes2omop.vocab.load;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Malformed rows, duplicates and warnings of one load, listed up to a cap and counted. */
final class ProblemLog implements FileStager.Problems {

  private static final Logger log = LoggerFactory.getLogger(AthenaLoader.class);

  final List<String> badRows = new ArrayList<>();
  long badRowCount;
  final List<String> duplicates = new ArrayList<>();
  final List<String> warnings = new ArrayList<>();

  @Override
  public void badRow(String where, String reason) {
    badRowCount++;
    if (badRows.size() < LoadReport.MAX_LISTED) {
      badRows.add(where + ": " + reason);
    }
    log.warn("skipped malformed vocabulary row {}: {}", where, reason);
  }

  @Override
  public void warning(String message) {
    warnings.add(message);
    log.warn("{}", message);
  }

  boolean duplicateListFull() {
    return duplicates.size() >= LoadReport.MAX_LISTED;
  }

  void duplicate(String message) {
    if (!duplicateListFull()) {
      duplicates.add(message);
    }
  }
}
