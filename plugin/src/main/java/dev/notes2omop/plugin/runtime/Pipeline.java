package dev.notes2omop.plugin.runtime;

import dev.notes2omop.core.pipeline.NoteProcessor;
import dev.notes2omop.fhir.FhirResourceReader;
import dev.notes2omop.omop.schema.SchemaNames;
import dev.notes2omop.omop.write.OmopNoteWriter;
import dev.notes2omop.omop.write.ParkedNotes;
import dev.notes2omop.omop.write.PersonWriter;
import dev.notes2omop.tagger.dictionary.DictionaryTagger;
import dev.notes2omop.vocab.ConceptDictionary;
import dev.notes2omop.vocab.lexicon.Lexicon;
import dev.notes2omop.vocab.map.DictionaryConceptMapper;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * The pipeline's stages, built over an open database: the FHIR reader, the dictionary tagger and
 * mapper over the loaded vocabulary and lexicon, and the OMOP writers.
 *
 * @param reader reads FHIR resources
 * @param dictionary the loaded vocabulary and lexicon
 * @param processor tags, maps and writes notes
 * @param sink the note writer
 * @param persons the person writer
 * @param parked the notes waiting for their person
 */
public record Pipeline(
    FhirResourceReader reader,
    ConceptDictionary dictionary,
    NoteProcessor processor,
    OmopNoteWriter sink,
    PersonWriter persons,
    ParkedNotes parked) {

  /** Builds the pipeline over {@code database}. */
  public static Pipeline build(Database database, Lexicon lexicon) {
    return build(database.dataSource(), database.schemas(), lexicon);
  }

  /** Builds the pipeline over a migrated database, with {@code lexicon}'s terms. */
  public static Pipeline build(DataSource dataSource, SchemaNames schemas, Lexicon lexicon) {
    ConceptDictionary dictionary = ConceptDictionary.load(dataSource, schemas.cdm(), lexicon);
    DictionaryTagger tagger = new DictionaryTagger(dictionary.taggerTerms());
    DictionaryConceptMapper mapper = new DictionaryConceptMapper(dictionary);
    OmopNoteWriter sink = new OmopNoteWriter(dataSource, schemas);
    NoteProcessor processor =
        new NoteProcessor(tagger, mapper, sink, Clock.systemUTC(), Version.get());
    return new Pipeline(
        new FhirResourceReader(),
        dictionary,
        processor,
        sink,
        new PersonWriter(dataSource, schemas),
        new ParkedNotes(dataSource, schemas));
  }
}
