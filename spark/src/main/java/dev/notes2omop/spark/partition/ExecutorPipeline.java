package dev.notes2omop.spark.partition;

import dev.notes2omop.core.mapping.ConceptMapper;
import dev.notes2omop.core.pipeline.NoteProcessor;
import dev.notes2omop.fhir.FhirResourceReader;
import dev.notes2omop.fhir.bulk.BulkLines;
import dev.notes2omop.omop.db.DataSources;
import dev.notes2omop.omop.schema.SchemaNames;
import dev.notes2omop.omop.write.OmopNoteWriter;
import dev.notes2omop.omop.write.ParkedNotes;
import dev.notes2omop.omop.write.PersonWriter;
import dev.notes2omop.spark.SparkEtlSettings;
import dev.notes2omop.tagger.neural.ModelPackage;
import dev.notes2omop.tagger.neural.ModelTagger;
import dev.notes2omop.vocab.ConceptDictionary;
import dev.notes2omop.vocab.index.BuildProgress;
import dev.notes2omop.vocab.index.IndexConceptMapper;
import dev.notes2omop.vocab.index.IndexSource;
import dev.notes2omop.vocab.index.IndexTerm;
import dev.notes2omop.vocab.lexicon.Lexicon;
import dev.notes2omop.vocab.review.ReviewSettings;
import dev.notes2omop.vocab.review.StewardOverrides;
import dev.notes2omop.vocab.review.StewardedConceptMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline of one executor JVM, opened on first use and shared by its task threads: the
 * database pool, the model (each task thread gets its own predictor from {@link ModelTagger}), the
 * concept index (opened once, built from the database when missing or stale) behind the stewards'
 * overrides, and the OMOP writers. The same stages as the CLI's {@code etl}: the bundled Spanish
 * lexicon, the index mapper, the shipped model unless a package is named. Closed when the JVM
 * exits.
 */
public final class ExecutorPipeline implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ExecutorPipeline.class);

  private static ExecutorPipeline current;
  private static SparkEtlSettings currentSettings;

  private final DataSource dataSource;
  private final ModelPackage model;
  private final ModelTagger tagger;
  private final IndexConceptMapper index;
  private final NoteProcessor processor;
  private final OmopNoteWriter sink;
  private final PersonWriter persons;
  private final ParkedNotes parked;
  private final BulkLines lines;

  private ExecutorPipeline(SparkEtlSettings settings) {
    SchemaNames schemas = new SchemaNames(settings.cdmSchema(), settings.ownSchema());
    // one connection per task thread (a task holds one at a time), and one for the driver's work
    int poolSize =
        Math.max(DataSources.DEFAULT_POOL_SIZE, Runtime.getRuntime().availableProcessors() + 1);
    this.dataSource =
        DataSources.fromUrl(settings.jdbcUrl(), settings.user(), settings.password(), poolSize);
    Lexicon lexicon = Lexicon.bundledSpanish();
    ConceptDictionary dictionary = ConceptDictionary.load(dataSource, schemas.cdm(), lexicon);
    this.model = loadModel(settings);
    this.tagger = new ModelTagger(model, dictionary.taggerTerms());
    StewardOverrides overrides =
        StewardOverrides.load(
            dataSource,
            new ReviewSettings(schemas.cdm(), schemas.own(), settings.sourceVocabularyId()));
    List<IndexTerm> extra =
        overrides.terms().stream().map(t -> IndexTerm.override(t.term(), t.conceptId())).toList();
    this.index =
        IndexConceptMapper.open(
            new IndexSource(dataSource, schemas.cdm(), lexicon, extra),
            Path.of(settings.indexDir()),
            BuildProgress.NONE);
    ConceptMapper mapper = new StewardedConceptMapper(overrides, index);
    this.sink = new OmopNoteWriter(dataSource, schemas);
    this.processor =
        new NoteProcessor(tagger, mapper, sink, Clock.systemUTC(), settings.softwareVersion());
    this.persons = new PersonWriter(dataSource, schemas);
    this.parked = new ParkedNotes(dataSource, schemas);
    this.lines = new BulkLines(new FhirResourceReader());
    log.info("executor pipeline ready: {}, model {}", settings, model.manifest().id());
  }

  /** The pipeline of this JVM for {@code settings}, opened on first use. */
  public static synchronized ExecutorPipeline get(SparkEtlSettings settings) {
    if (current != null && !currentSettings.equals(settings)) {
      current.close();
      current = null;
    }
    if (current == null) {
      current = new ExecutorPipeline(settings);
      currentSettings = settings;
      ExecutorPipeline opened = current;
      Runtime.getRuntime()
          .addShutdownHook(new Thread(opened::close, "notes2omop-executor-pipeline-close"));
    }
    return current;
  }

  private static ModelPackage loadModel(SparkEtlSettings settings) {
    try {
      if (settings.modelDir() != null) {
        return ModelPackage.load(Path.of(settings.modelDir()));
      }
      return ShippedModel.load();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the model: " + e.getMessage(), e);
    }
  }

  public NoteProcessor processor() {
    return processor;
  }

  public OmopNoteWriter sink() {
    return sink;
  }

  public PersonWriter persons() {
    return persons;
  }

  public ParkedNotes parked() {
    return parked;
  }

  public BulkLines lines() {
    return lines;
  }

  @Override
  public synchronized void close() {
    try {
      tagger.close();
      model.close();
      index.close();
    } finally {
      if (dataSource instanceof AutoCloseable closeable) {
        try {
          closeable.close();
        } catch (Exception e) {
          log.debug("closing the pool: {}", e.getMessage());
        }
      }
    }
  }
}
