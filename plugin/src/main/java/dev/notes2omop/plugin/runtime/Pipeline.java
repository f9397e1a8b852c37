package dev.notes2omop.plugin.runtime;

import dev.notes2omop.core.pipeline.NoteProcessor;
import dev.notes2omop.fhir.FhirResourceReader;
import dev.notes2omop.omop.schema.SchemaNames;
import dev.notes2omop.omop.write.OmopNoteWriter;
import dev.notes2omop.omop.write.ParkedNotes;
import dev.notes2omop.omop.write.PersonWriter;
import dev.notes2omop.vocab.ConceptDictionary;
import dev.notes2omop.vocab.index.BuildProgress;
import dev.notes2omop.vocab.lexicon.Lexicon;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * The pipeline's stages, built over an open database: the FHIR reader, the tagger (the shipped
 * model by default), the stewards' overrides and concept index over the loaded vocabulary and
 * lexicon, and the OMOP writers.
 *
 * @param reader reads FHIR resources
 * @param dictionary the loaded vocabulary and lexicon
 * @param processor tags, maps and writes notes
 * @param sink the note writer
 * @param persons the person writer
 * @param parked the notes waiting for their person
 * @param mappers the concept mappers (overrides, index), closed with the pipeline
 * @param tagger the tagger, closed with the pipeline
 */
public record Pipeline(
    FhirResourceReader reader,
    ConceptDictionary dictionary,
    NoteProcessor processor,
    OmopNoteWriter sink,
    PersonWriter persons,
    ParkedNotes parked,
    ConceptMappers mappers,
    Taggers.OpenTagger tagger)
    implements AutoCloseable {

  /** Builds the pipeline over {@code database}, with the shipped model. */
  public static Pipeline build(
      Database database, MappingSettings settings, BuildProgress indexProgress) {
    return build(database, settings, TaggerSettings.defaults(), indexProgress);
  }

  /** Builds the pipeline over {@code database} with the tagger {@code taggerSettings} names. */
  public static Pipeline build(
      Database database,
      MappingSettings settings,
      TaggerSettings taggerSettings,
      BuildProgress indexProgress) {
    return build(
        database.dataSource(), database.schemas(), settings, taggerSettings, indexProgress);
  }

  /** Builds the pipeline over a migrated database, with the shipped model. */
  public static Pipeline build(
      DataSource dataSource,
      SchemaNames schemas,
      MappingSettings settings,
      BuildProgress indexProgress) {
    return build(dataSource, schemas, settings, TaggerSettings.defaults(), indexProgress);
  }

  /**
   * Builds the pipeline over a migrated database: the tagger {@code taggerSettings} names (the
   * dictionary tagger gets the vocabulary's and the lexicon's terms), and the mapper {@code
   * settings} choose (the concept index is built when missing or stale, reporting to {@code
   * indexProgress}).
   */
  public static Pipeline build(
      DataSource dataSource,
      SchemaNames schemas,
      MappingSettings settings,
      TaggerSettings taggerSettings,
      BuildProgress indexProgress) {
    Lexicon lexicon = settings.lexicon();
    ConceptDictionary dictionary = ConceptDictionary.load(dataSource, schemas.cdm(), lexicon);
    Taggers.OpenTagger tagger = Taggers.open(taggerSettings, dictionary);
    ConceptMappers mappers;
    try {
      mappers = ConceptMappers.open(dataSource, schemas, settings, dictionary, indexProgress);
    } catch (RuntimeException e) {
      tagger.close();
      throw e;
    }
    OmopNoteWriter sink = new OmopNoteWriter(dataSource, schemas);
    NoteProcessor processor =
        new NoteProcessor(tagger, mappers.mapper(), sink, Clock.systemUTC(), Version.get());
    return new Pipeline(
        new FhirResourceReader(),
        dictionary,
        processor,
        sink,
        new PersonWriter(dataSource, schemas),
        new ParkedNotes(dataSource, schemas),
        mappers,
        tagger);
  }

  @Override
  public void close() {
    try {
      mappers.close();
    } finally {
      tagger.close();
    }
  }
}
