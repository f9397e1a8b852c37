package dev.notes2omop.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * What every task needs to open its pipeline: serialised with the job to the executors.
 *
 * @param jdbcUrl the CDM database
 * @param user its user, or {@code null}
 * @param password its password, or {@code null}
 * @param cdmSchema the schema of the CDM tables
 * @param ownSchema the schema of notes2omop's own tables
 * @param modelDir a model package directory on every executor, or {@code null} for the shipped
 *     model (inside the jar)
 * @param indexDir where each executor keeps the concept index (built from the database when missing
 *     or stale)
 * @param softwareVersion the notes2omop version in {@code nlp_system}
 * @param sourceVocabularyId the stewards' {@code source_vocabulary_id}
 * @param batchSize notes per transaction in a partition
 * @param failAfterNotes testing only: the first attempt of the first notes partition fails after
 *     writing this many notes (0: never), to show that a retried task writes nothing twice
 */
public record SparkEtlSettings(
    String jdbcUrl,
    String user,
    String password,
    String cdmSchema,
    String ownSchema,
    String modelDir,
    String indexDir,
    String softwareVersion,
    String sourceVocabularyId,
    int batchSize,
    int failAfterNotes)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public SparkEtlSettings {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(cdmSchema, "cdmSchema");
    Objects.requireNonNull(ownSchema, "ownSchema");
    Objects.requireNonNull(indexDir, "indexDir");
    Objects.requireNonNull(softwareVersion, "softwareVersion");
    Objects.requireNonNull(sourceVocabularyId, "sourceVocabularyId");
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch is " + batchSize + ": give 1 or more notes");
    }
  }

  /** The same settings without the password, for logs. */
  @Override
  public String toString() {
    return "SparkEtlSettings[" + jdbcUrl + ", user " + user + ", model " + modelDir + "]";
  }
}
