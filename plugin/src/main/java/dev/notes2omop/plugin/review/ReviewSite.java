package dev.notes2omop.plugin.review;

import dev.notes2omop.omop.schema.SchemaNames;
import dev.notes2omop.vocab.index.IndexConceptMapper;
import dev.notes2omop.vocab.review.StewardOverrides;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * What the review page works on: the database (migrated), the concept index for candidates and
 * search, and the running pipeline's overrides, refreshed after each decision.
 *
 * @param dataSource a pool of connections to the CDM database
 * @param schemas the CDM and own schemas
 * @param sourceVocabularyId the {@code SOURCE_TO_CONCEPT_MAP.source_vocabulary_id} of decisions
 * @param index the concept index, or null (then candidates and search come from concept names)
 * @param overrides the pipeline's overrides to refresh after a decision, or null
 * @param summaryInterval how often the term summary is checked for new notes
 */
public record ReviewSite(
    DataSource dataSource,
    SchemaNames schemas,
    String sourceVocabularyId,
    IndexConceptMapper index,
    StewardOverrides overrides,
    Duration summaryInterval) {

  public ReviewSite {
    Objects.requireNonNull(dataSource, "dataSource");
    Objects.requireNonNull(schemas, "schemas");
    Objects.requireNonNull(sourceVocabularyId, "sourceVocabularyId");
    Objects.requireNonNull(summaryInterval, "summaryInterval");
  }
}
