package dev.notes2omop.plugin.cli;

import dev.notes2omop.plugin.runtime.MapperKind;
import dev.notes2omop.plugin.runtime.MappingSettings;
import dev.notes2omop.vocab.review.ReviewSettings;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** How mentions map to concepts: lexicons, the mapper, the index directory, the overrides' id. */
final class MappingOptions {

  @Mixin LexiconOptions lexicons;

  @Option(
      names = "--mapper",
      defaultValue = "index",
      paramLabel = "index|dictionary",
      converter = MapperKindConverter.class,
      description =
          "index: the concept index (exact, lexicon and fuzzy matches, ranked; default);"
              + " dictionary: exact names, synonyms and lexicon terms only (the baseline)."
              + " Stewards' approved decisions come first either way.")
  MapperKind mapper;

  @Option(
      names = "--index-dir",
      paramLabel = "DIR",
      description =
          "Where the concept index is kept (default: concept-index in --data-dir); built when"
              + " missing or when the vocabulary, lexicon or overrides changed.")
  Path indexDir;

  @Option(
      names = "--source-vocabulary",
      defaultValue = ReviewSettings.DEFAULT_SOURCE_VOCABULARY,
      description =
          "SOURCE_TO_CONCEPT_MAP.source_vocabulary_id of the stewards' decisions (default:"
              + " ${DEFAULT-VALUE}).")
  String sourceVocabulary;

  MappingSettings settings(Path dataDir) {
    return new MappingSettings(
        lexicons.lexicon(),
        mapper,
        indexDir != null ? indexDir : dataDir.resolve(MappingSettings.INDEX_DIRECTORY),
        sourceVocabulary);
  }

  /** Accepts the kinds in any case. */
  static final class MapperKindConverter implements picocli.CommandLine.ITypeConverter<MapperKind> {
    @Override
    public MapperKind convert(String value) {
      for (MapperKind kind : MapperKind.values()) {
        if (kind.name().equalsIgnoreCase(value.strip())) {
          return kind;
        }
      }
      throw new picocli.CommandLine.TypeConversionException(
          "'" + value + "' is not a mapper: use index or dictionary");
    }
  }
}
