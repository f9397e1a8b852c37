package dev.notes2omop.plugin.runtime;

import dev.notes2omop.core.mapping.ConceptMapper;
import dev.notes2omop.omop.schema.SchemaNames;
import dev.notes2omop.vocab.ConceptDictionary;
import dev.notes2omop.vocab.index.BuildProgress;
import dev.notes2omop.vocab.index.IndexConceptMapper;
import dev.notes2omop.vocab.index.IndexSource;
import dev.notes2omop.vocab.index.IndexTerm;
import dev.notes2omop.vocab.map.DictionaryConceptMapper;
import dev.notes2omop.vocab.review.ReviewSettings;
import dev.notes2omop.vocab.review.StewardOverrides;
import dev.notes2omop.vocab.review.StewardedConceptMapper;
import java.util.List;
import javax.sql.DataSource;

/**
 * The mapper the pipeline uses: the stewards' approved decisions first, then the concept index (or
 * the dictionary, as a baseline). Close it to release the index.
 *
 * @param mapper overrides, then the chosen mapper
 * @param overrides the stewards' decisions, refreshed while mapping
 * @param index the index mapper, or {@code null} with {@link MapperKind#DICTIONARY}
 */
public record ConceptMappers(
    ConceptMapper mapper, StewardOverrides overrides, IndexConceptMapper index)
    implements AutoCloseable {

  /**
   * Opens the mappers, building the concept index when it is missing or stale.
   *
   * @param dictionary the loaded dictionary; used only by {@link MapperKind#DICTIONARY}
   */
  public static ConceptMappers open(
      DataSource dataSource,
      SchemaNames schemas,
      MappingSettings settings,
      ConceptDictionary dictionary,
      BuildProgress progress) {
    StewardOverrides overrides = overrides(dataSource, schemas, settings);
    if (settings.mapper() == MapperKind.DICTIONARY) {
      return new ConceptMappers(
          new StewardedConceptMapper(overrides, new DictionaryConceptMapper(dictionary)),
          overrides,
          null);
    }
    IndexConceptMapper index =
        IndexConceptMapper.open(
            indexSource(dataSource, schemas, settings, overrides),
            settings.indexDirectory(),
            progress);
    return new ConceptMappers(new StewardedConceptMapper(overrides, index), overrides, index);
  }

  /** The stewards' decisions under {@code settings}' source vocabulary id. */
  public static StewardOverrides overrides(
      DataSource dataSource, SchemaNames schemas, MappingSettings settings) {
    return StewardOverrides.load(
        dataSource,
        new ReviewSettings(schemas.cdm(), schemas.own(), settings.sourceVocabularyId()));
  }

  /** What the concept index is built from: the vocabulary, the lexicon and the overrides' terms. */
  public static IndexSource indexSource(
      DataSource dataSource,
      SchemaNames schemas,
      MappingSettings settings,
      StewardOverrides overrides) {
    List<IndexTerm> extra =
        overrides.terms().stream().map(t -> IndexTerm.override(t.term(), t.conceptId())).toList();
    return new IndexSource(dataSource, schemas.cdm(), settings.lexicon(), extra);
  }

  @Override
  public void close() {
    if (index != null) {
      index.close();
    }
  }
}
