package dev.notes2omop.vocab.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a synthetic, Athena-shaped vocabulary download: CONCEPT.csv, CONCEPT_RELATIONSHIP.csv,
 * CONCEPT_SYNONYM.csv, CONCEPT_ANCESTOR.csv, DRUG_STRENGTH.csv, VOCABULARY.csv, DOMAIN.csv,
 * CONCEPT_CLASS.csv and RELATIONSHIP.csv, tab-separated with a header row and {@code YYYYMMDD}
 * dates, as Athena ships them.
 *
 * <p>The same settings give the same bytes. Every attribute of a concept is computed from the seed
 * and the concept's index, so all files are written in one pass over the concepts and memory does
 * not grow with the scale. Concept ids start at 1,500,000,000, above real Athena ids.
 */
public final class AthenaGenerator {

  private static final Logger log = LoggerFactory.getLogger(AthenaGenerator.class);

  static final int ENGLISH = 4180186;
  static final int SPANISH = 4182511;
  private static final int PROGRESS_EVERY = 100_000;

  private final GeneratorSettings settings;

  public AthenaGenerator(GeneratorSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * Writes the files into {@code directory} (created if missing; files of the same names are
   * replaced).
   *
   * @throws UncheckedIOException when a file cannot be written
   */
  public GenerationReport generate(Path directory, GenerationProgress progress) {
    Objects.requireNonNull(progress, "progress");
    long started = System.nanoTime();
    Layout layout = new Layout(settings.concepts());
    Metadata metadata = new Metadata(layout);
    Map<String, Long> rows = new LinkedHashMap<>();
    long malformed;
    try {
      Files.createDirectories(directory);
      metadata.write(directory, rows);
      try (ClinicalConcepts concepts =
          new ClinicalConcepts(settings, layout, metadata, directory)) {
        concepts.writeMetadataConcepts();
        int total = layout.total();
        for (int i = 0; i < total; i++) {
          concepts.write(i);
          if ((i + 1) % PROGRESS_EVERY == 0) {
            progress.onProgress(i + 1L, total);
          }
        }
        progress.onProgress(total, total);
        concepts.counts(rows);
        malformed = concepts.malformedRows();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the generated vocabulary to " + directory, e);
    }
    GenerationReport report =
        new GenerationReport(
            directory, rows, malformed, Duration.ofNanos(System.nanoTime() - started));
    log.info("generated vocabulary in {}: {}", directory, report.rowsByFile());
    return report;
  }

  /** The file names written, as Athena names them. */
  public static List<String> fileNames() {
    return List.of(
        "CONCEPT.csv",
        "CONCEPT_RELATIONSHIP.csv",
        "CONCEPT_SYNONYM.csv",
        "CONCEPT_ANCESTOR.csv",
        "DRUG_STRENGTH.csv",
        "VOCABULARY.csv",
        "DOMAIN.csv",
        "CONCEPT_CLASS.csv",
        "RELATIONSHIP.csv");
  }
}
