package dev.notes2omop.vocab.index;

import dev.notes2omop.core.mapping.MatchType;
import dev.notes2omop.vocab.drug.DrugProducts;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The concept index on disk: what mentions map to (see {@link IndexQueries#DOMAINS}), one Lucene
 * document per text (concept name, synonym, lexicon term, extra term) and standard concept,
 * searched through a memory-mapped directory. Nothing proportional to the vocabulary is held in the
 * heap; the lexicon's abbreviations, UCUM units and operators are (they are small).
 *
 * <p>{@link #open} reuses the index in the given directory when its fingerprint ({@link
 * IndexFingerprint}) matches the database, lexicon and extra terms, and rebuilds it otherwise, or
 * when the directory is missing, partial or unreadable. Thread-safe: one {@link IndexSearcher} is
 * shared.
 */
public final class ConceptIndex implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ConceptIndex.class);

  /** The file, next to the fingerprint, that records what the build wrote. */
  static final String BUILD_FILE = "build.properties";

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final DomainFilter domainFilter;
  private final ClinicalAnalysis analysis;
  private final Abbreviations abbreviations;
  private final MeasurementLookup measurement;
  private final DrugProducts drugs;
  private final GeneralisedTerms generalised;
  private final IndexStats stats;

  private ConceptIndex(
      Directory directory,
      DirectoryReader reader,
      ClinicalAnalysis analysis,
      Abbreviations abbreviations,
      MeasurementLookup measurement,
      DrugProducts drugs,
      GeneralisedTerms generalised,
      IndexStats stats) {
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.domainFilter = new DomainFilter(reader);
    this.analysis = analysis;
    this.abbreviations = abbreviations;
    this.measurement = measurement;
    this.drugs = drugs;
    this.generalised = generalised;
    this.stats = stats;
  }

  /**
   * Opens the index in {@code directory}, building it first when it is missing or out of date.
   *
   * @param directory the index directory, e.g. {@code <data-dir>/concept-index}; its parent must be
   *     writable (builds go into a sibling and are renamed into place)
   * @throws ConceptIndexException when the vocabulary cannot be read or the index cannot be written
   */
  public static ConceptIndex open(IndexSource source, Path directory, BuildProgress progress) {
    Path dir = directory.toAbsolutePath().normalize();
    ClinicalAnalysis analysis = new ClinicalAnalysis();
    try (Connection connection = source.dataSource().getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false); // lets the driver stream with a fetch size
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      try {
        IndexFingerprint fingerprint = IndexFingerprint.of(connection, source);
        Optional<ConceptIndex> reused =
            reuseOrUpdate(dir, fingerprint, source, connection, analysis);
        if (reused.isPresent()) {
          return reused.get();
        }
        IndexStats stats = build(source, dir, fingerprint, connection, analysis, progress);
        return opened(dir, source, connection, analysis, stats);
      } finally {
        connection.rollback();
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      analysis.close();
      throw new ConceptIndexException(
          "cannot read the vocabulary from schema '"
              + source.cdmSchema()
              + "' to build the concept index in "
              + dir
              + ": "
              + e.getMessage()
              + " (load it first with 'vocab load')",
          e);
    } catch (IOException e) {
      analysis.close();
      throw new ConceptIndexException(
          "cannot write the concept index in "
              + dir
              + ": "
              + e.getMessage()
              + " (check that its parent directory is writable and has free space)",
          e);
    }
  }

  /**
   * The index in {@code dir} when its fingerprint matches; or, when only the extra terms changed,
   * the index with its extra terms replaced in place ({@link ExtraTermsUpdate}); else empty (to be
   * rebuilt).
   */
  private static Optional<ConceptIndex> reuseOrUpdate(
      Path dir,
      IndexFingerprint fingerprint,
      IndexSource source,
      Connection connection,
      ClinicalAnalysis analysis)
      throws SQLException {
    Optional<IndexFingerprint> stored = IndexFingerprint.read(dir);
    if (stored.isEmpty()) {
      log.info("concept index: none usable in {}, building it", dir);
      return Optional.empty();
    }
    if (stored.get().differences(fingerprint).equals(List.of(IndexFingerprint.EXTRA_TERMS))) {
      Optional<IndexStats> updated =
          new ExtraTermsUpdate(source, analysis).apply(dir, fingerprint, connection);
      if (updated.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(opened(dir, source, connection, analysis, updated.get()));
      } catch (IOException | RuntimeException e) {
        log.warn("concept index in {} cannot be read ({}): rebuilding it", dir, e.toString());
        return Optional.empty();
      }
    }
    if (!stored.get().equals(fingerprint)) {
      log.info(
          "concept index in {} is out of date ({} changed), rebuilding it",
          dir,
          String.join(", ", stored.get().differences(fingerprint)));
      return Optional.empty();
    }
    try {
      Properties build = readProperties(dir.resolve(BUILD_FILE));
      long expected = Long.parseLong(build.getProperty("documents", "-1"));
      IndexStats stats =
          new IndexStats(dir, expected, IndexDirectories.size(dir), false, 0, 0, 0, 0, false);
      ConceptIndex index = opened(dir, source, connection, analysis, stats);
      int found = index.reader.numDocs();
      if (found != expected) {
        index.closeReaderOnly();
        log.warn(
            "concept index in {} holds {} documents, its build wrote {}: rebuilding it",
            dir,
            found,
            expected);
        return Optional.empty();
      }
      log.info("concept index: reusing {} ({} documents)", dir, expected);
      return Optional.of(index);
    } catch (IOException | RuntimeException e) {
      log.warn("concept index in {} cannot be read ({}): rebuilding it", dir, e.toString());
      return Optional.empty();
    }
  }

  private static IndexStats build(
      IndexSource source,
      Path dir,
      IndexFingerprint fingerprint,
      Connection connection,
      ClinicalAnalysis analysis,
      BuildProgress progress)
      throws IOException, SQLException {
    long started = System.nanoTime();
    Files.createDirectories(dir.getParent());
    IndexDirectories.deleteStaleSiblings(dir);
    Path building = IndexDirectories.temporarySibling(dir, "building");
    Files.createDirectories(building);
    try {
      ConceptIndexBuilder.Result result =
          new ConceptIndexBuilder(source, analysis, progress).build(connection, building);
      writeBuildFile(building, result.documents(), result.rowsRead());
      fingerprint.write(building); // last: a directory without it is never reused
      IndexDirectories.replace(building, dir);
      long millis = (System.nanoTime() - started) / 1_000_000;
      long size = IndexDirectories.size(dir);
      log.info(
          "concept index built in {}: {} documents from {} rows, {} MB, in {} ms"
              + " ({} lexicon entries and {} extra terms name no indexed concept)",
          dir,
          result.documents(),
          result.rowsRead(),
          String.format(java.util.Locale.ROOT, "%.1f", size / 1e6),
          millis,
          result.lexiconUnresolved(),
          result.extraUnresolved());
      return new IndexStats(
          dir,
          result.documents(),
          size,
          true,
          millis,
          result.rowsRead(),
          result.lexiconUnresolved(),
          result.extraUnresolved(),
          false);
    } finally {
      IndexDirectories.deleteRecursively(building);
    }
  }

  private static ConceptIndex opened(
      Path dir,
      IndexSource source,
      Connection connection,
      ClinicalAnalysis analysis,
      IndexStats stats)
      throws IOException, SQLException {
    Directory directory = FSDirectory.open(dir);
    DirectoryReader reader;
    try {
      reader = DirectoryReader.open(directory);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
    MeasurementLookup measurement;
    DrugProducts drugs;
    try {
      measurement = MeasurementLookup.load(connection, source.cdmSchema(), source.lexicon());
      drugs = DrugProducts.load(connection, source.cdmSchema());
    } catch (SQLException | RuntimeException e) {
      reader.close();
      directory.close();
      throw e;
    }
    return new ConceptIndex(
        directory,
        reader,
        analysis,
        Abbreviations.of(source.lexicon()),
        measurement,
        drugs,
        GeneralisedTerms.of(source.lexicon()),
        stats);
  }

  /** Writes {@link #BUILD_FILE}: how many documents the index holds and how many rows it read. */
  static void writeBuildFile(Path dir, long documents, long rowsRead) throws IOException {
    Properties build = new Properties();
    build.setProperty("documents", Long.toString(documents));
    build.setProperty("rows-read", Long.toString(rowsRead));
    Path temporary = dir.resolve(BUILD_FILE + ".tmp");
    try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
      build.store(writer, "notes2omop concept index build");
    }
    Files.move(
        temporary,
        dir.resolve(BUILD_FILE),
        StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
  }

  static Properties readProperties(Path file) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }

  /** What the index holds and whether this open built it. */
  public IndexStats stats() {
    return stats;
  }

  /**
   * The top {@code topK} documents of {@code disjunction} (a query of {@code SHOULD} clauses only)
   * in {@code domains} (or any domain when null), best first, as their doc values hold them: the
   * same documents, scores and order as a search of the disjunction with the domains as a {@code
   * FILTER} clause, but scored by Lucene's MaxScore bulk scorer with the domains as accepted
   * documents ({@link DomainFilter}), many times faster on a large index than the WAND scorer a
   * filter clause brings. Hits are not counted past {@code topK}, which lets Lucene skip the
   * documents that cannot make the top.
   */
  List<IndexHit> searchDisjunction(Query disjunction, Collection<String> domains, int topK) {
    try {
      Weight weight =
          searcher.createWeight(searcher.rewrite(disjunction), ScoreMode.TOP_SCORES, 1f);
      TopScoreDocCollector collector = new TopScoreDocCollectorManager(topK, topK).newCollector();
      for (LeafReaderContext leaf : reader.leaves()) {
        BulkScorer scorer = weight.bulkScorer(leaf);
        if (scorer == null) {
          continue;
        }
        LeafCollector leafCollector;
        try {
          leafCollector = collector.getLeafCollector(leaf);
        } catch (CollectionTerminatedException e) {
          continue;
        }
        try {
          scorer.score(
              leafCollector,
              domainFilter.accepted(leaf, domains),
              0,
              DocIdSetIterator.NO_MORE_DOCS);
        } catch (CollectionTerminatedException e) {
          // this segment has nothing more to give
        }
        leafCollector.finish();
      }
      return HitReader.read(reader, collector.topDocs().scoreDocs);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search the concept index", e);
    }
  }

  /**
   * Every document of {@code query} when there are at most {@code cap}; else empty (the caller
   * takes another way).
   */
  Optional<List<IndexHit>> searchAll(Query query, int cap) {
    try {
      TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(cap, cap + 1));
      if (top.totalHits.value > cap) {
        return Optional.empty();
      }
      return Optional.of(HitReader.read(reader, top.scoreDocs));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search the concept index", e);
    }
  }

  /** The candidate of a hit, with its stored texts, names and codes. */
  Candidate candidate(IndexHit hit, double score, MatchType type) {
    try {
      return Candidate.of(
          IndexFields.read(searcher.storedFields().document(hit.doc())), score, type);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the concept index", e);
    }
  }

  private List<IndexedText> searchStored(Query query, int topK) {
    try {
      TopDocs top = searcher.search(query, topK);
      List<IndexedText> hits = new ArrayList<>(top.scoreDocs.length);
      StoredFields stored = searcher.storedFields();
      for (ScoreDoc doc : top.scoreDocs) {
        hits.add(IndexFields.read(stored.document(doc.doc)));
      }
      return hits;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search the concept index", e);
    }
  }

  /**
   * Of {@code grams} (terms of {@code field}), those in at least one document, fewest documents
   * first, at most {@code max}; past {@link LuceneQueries#MIN_GRAMS}, none in more than {@link
   * LuceneQueries#COMMON_GRAM_DOCUMENTS} documents.
   */
  List<String> rarest(String field, Collection<String> grams, int max) {
    return rarest(field, grams, max, LuceneQueries.MIN_GRAMS, LuceneQueries.COMMON_GRAM_DOCUMENTS);
  }

  /**
   * As {@link #rarest(String, Collection, int)}, with the grams always kept ({@code minKept}) and
   * the document count over which the others are left out ({@code commonDocuments}) given.
   */
  List<String> rarest(
      String field, Collection<String> grams, int max, int minKept, int commonDocuments) {
    record Frequency(String term, int documents) {}
    List<Frequency> frequencies = new ArrayList<>(grams.size());
    try {
      for (String gram : grams) {
        int documents = reader.docFreq(new Term(field, gram));
        if (documents > 0) {
          frequencies.add(new Frequency(gram, documents));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the concept index's term statistics", e);
    }
    frequencies.sort(Comparator.comparingInt(Frequency::documents));
    List<String> rarest = new ArrayList<>(Math.min(max, frequencies.size()));
    for (Frequency f : frequencies) {
      if (rarest.size() == max || (rarest.size() >= minKept && f.documents() > commonDocuments)) {
        break;
      }
      rarest.add(f.term());
    }
    return rarest;
  }

  /**
   * The standard concept {@code conceptId} names in the index: itself when it is an indexed
   * standard concept, else its {@code Maps to} target, with {@code conceptId} as the source.
   */
  Optional<IndexedText> standardOf(int conceptId) {
    BooleanQuery direct =
        new BooleanQuery.Builder()
            .add(
                IntPoint.newExactQuery(IndexFields.CONCEPT_ID, conceptId),
                BooleanClause.Occur.FILTER)
            .add(IntPoint.newExactQuery(IndexFields.SOURCE_ID, 0), BooleanClause.Occur.FILTER)
            .build();
    List<IndexedText> hits = searchStored(direct, 1);
    if (hits.isEmpty()) {
      hits = searchStored(IntPoint.newExactQuery(IndexFields.SOURCE_ID, conceptId), 1);
    }
    return hits.stream().findFirst();
  }

  ClinicalAnalysis analysis() {
    return analysis;
  }

  Abbreviations abbreviations() {
    return abbreviations;
  }

  MeasurementLookup measurement() {
    return measurement;
  }

  /** The lexicon terms that name a broader concept. */
  GeneralisedTerms generalised() {
    return generalised;
  }

  /** The vocabulary's single-ingredient RxNorm products, for dose-aware drug mapping. */
  public DrugProducts drugs() {
    return drugs;
  }

  private void closeReaderOnly() throws IOException {
    reader.close();
    directory.close();
  }

  @Override
  public void close() {
    try {
      reader.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the concept index", e);
    } finally {
      analysis.close();
    }
  }
}
