package dev.notes2omop.plugin.runtime;

import dev.notes2omop.core.pipeline.NoteProcessor;
import dev.notes2omop.fhir.FhirResourceReader;
import dev.notes2omop.omop.schema.SchemaNames;
import dev.notes2omop.omop.write.OmopNoteWriter;
import dev.notes2omop.omop.write.ParkedNotes;
import dev.notes2omop.omop.write.PersonWriter;
import dev.notes2omop.tagger.dictionary.DictionaryTagger;
import dev.notes2omop.vocab.ConceptDictionary;
import dev.notes2omop.vocab.index.BuildProgress;
import dev.notes2omop.vocab.lexicon.Lexicon;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * The pipeline's stages, built over an open database: the FHIR reader, the dictionary tagger, the
 * stewards' overrides and concept index over the loaded vocabulary and lexicon, and the OMOP
 * writers.
 *
 * @param reader reads FHIR resources
 * @param dictionary the loaded vocabulary and lexicon
 * @param processor tags, maps and writes notes
 * @param sink the note writer
 * @param persons the person writer
 * @param parked the notes waiting for their person
 * @param mappers the concept mappers (overrides, index), closed with the pipeline
 */
public record Pipeline(
    FhirResourceReader reader,
    ConceptDictionary dictionary,
    NoteProcessor processor,
    OmopNoteWriter sink,
    PersonWriter persons,
    ParkedNotes parked,
    ConceptMappers mappers)
    implements AutoCloseable {

  /** Builds the pipeline over {@code database}. */
  public static Pipeline build(
      Database database, MappingSettings settings, BuildProgress indexProgress) {
    return build(database.dataSource(), database.schemas(), settings, indexProgress);
  }

  /**
   * Builds the pipeline over a migrated database: the dictionary tagger with the vocabulary's and
   * the lexicon's terms, and the mapper {@code settings} choose (the concept index is built when
   * missing or stale, reporting to {@code indexProgress}).
   */
  public static Pipeline build(
      DataSource dataSource,
      SchemaNames schemas,
      MappingSettings settings,
      BuildProgress indexProgress) {
    Lexicon lexicon = settings.lexicon();
    ConceptDictionary dictionary = ConceptDictionary.load(dataSource, schemas.cdm(), lexicon);
    DictionaryTagger tagger = new DictionaryTagger(dictionary.taggerTerms());
    ConceptMappers mappers =
        ConceptMappers.open(dataSource, schemas, settings, dictionary, indexProgress);
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
        mappers);
  }

  @Override
  public void close() {
    mappers.close();
  }
}
