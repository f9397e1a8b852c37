package dev.notes2omop.plugin.runtime;

import dev.notes2omop.vocab.lexicon.Lexicon;
import dev.notes2omop.vocab.review.ReviewSettings;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How mentions are mapped to concepts.
 *
 * @param lexicon the lexicon whose terms are tagged, indexed and whose abbreviations are expanded
 * @param mapper the mapper under the overrides
 * @param indexDirectory where the concept index lives (built there when missing or stale)
 * @param sourceVocabularyId the {@code SOURCE_TO_CONCEPT_MAP.source_vocabulary_id} of the stewards'
 *     decisions
 */
public record MappingSettings(
    Lexicon lexicon, MapperKind mapper, Path indexDirectory, String sourceVocabularyId) {

  /** The default name of the index directory inside the data directory. */
  public static final String INDEX_DIRECTORY = "concept-index";

  public MappingSettings {
    Objects.requireNonNull(lexicon, "lexicon");
    Objects.requireNonNull(mapper, "mapper");
    Objects.requireNonNull(indexDirectory, "indexDirectory");
    Objects.requireNonNull(sourceVocabularyId, "sourceVocabularyId");
  }

  /**
   * The bundled lexicon, the index mapper in {@code dataDir/concept-index}, our default STCM id.
   */
  public static MappingSettings defaults(Path dataDir) {
    return new MappingSettings(
        Lexicon.bundled(),
        MapperKind.INDEX,
        dataDir.resolve(INDEX_DIRECTORY),
        ReviewSettings.DEFAULT_SOURCE_VOCABULARY);
  }
}
