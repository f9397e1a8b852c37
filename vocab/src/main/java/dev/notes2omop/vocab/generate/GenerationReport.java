package dev.notes2omop.vocab.generate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a generation wrote.
 *
 * @param directory where the files are
 * @param rowsByFile the data rows of each file (header and malformed rows not counted)
 * @param malformedRows the malformed rows added to CONCEPT.csv on purpose
 * @param elapsed how long it took
 */
public record GenerationReport(
    Path directory, Map<String, Long> rowsByFile, long malformedRows, Duration elapsed) {

  public GenerationReport {
    rowsByFile = Collections.unmodifiableMap(new LinkedHashMap<>(rowsByFile));
  }

  /** The data rows of {@code fileName}, e.g. {@code CONCEPT.csv}; 0 for a file not written. */
  public long rows(String fileName) {
    return rowsByFile.getOrDefault(fileName, 0L);
  }
}
