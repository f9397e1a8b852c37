package dev.notes2omop.vocab.index;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces the extra terms (steward overrides) of an existing index in place, when they are all
 * that changed since its build: deletes the documents marked {@link IndexFields#EXTRA}, adds the
 * new terms' documents, commits, then rewrites {@link ConceptIndex#BUILD_FILE} and last the
 * fingerprint. Seconds instead of a full rebuild's minutes on a large vocabulary.
 *
 * <p>A crash before the commit leaves the old index and fingerprint; after it, the old fingerprint,
 * so the next open updates again (deleting and adding is repeatable). An index whose document count
 * does not match its build file is not updated but rebuilt.
 */
final class ExtraTermsUpdate {

  private static final Logger log = LoggerFactory.getLogger(ExtraTermsUpdate.class);

  private final IndexSource source;
  private final ClinicalAnalysis analysis;

  ExtraTermsUpdate(IndexSource source, ClinicalAnalysis analysis) {
    this.source = source;
    this.analysis = analysis;
  }

  /**
   * Updates the index in {@code dir} to {@code fingerprint}'s extra terms.
   *
   * @return the stats of the updated index, or empty when it cannot be updated (to be rebuilt)
   */
  Optional<IndexStats> apply(Path dir, IndexFingerprint fingerprint, Connection connection)
      throws SQLException {
    long started = System.nanoTime();
    try {
      Properties build = ConceptIndex.readProperties(dir.resolve(ConceptIndex.BUILD_FILE));
      long expected = Long.parseLong(build.getProperty("documents", "-1"));
      long rowsRead = Long.parseLong(build.getProperty("rows-read", "0"));
      IndexWriterConfig config =
          new IndexWriterConfig(analysis.indexAnalyzer())
              .setOpenMode(IndexWriterConfig.OpenMode.APPEND)
              .setCommitOnClose(false);
      ExtraTermsWriter.Result added;
      long documents;
      long removed;
      try (Directory directory = FSDirectory.open(dir);
          IndexWriter writer = new IndexWriter(directory, config)) {
        long before = writer.getDocStats().numDocs;
        if (before != expected) {
          log.warn(
              "concept index in {} holds {} documents, its build wrote {}: rebuilding it",
              dir,
              before,
              expected);
          writer.rollback();
          return Optional.empty();
        }
        writer.deleteDocuments(new Term(IndexFields.EXTRA, IndexFields.EXTRA_VALUE));
        added =
            new ExtraTermsWriter(analysis)
                .write(
                    new IndexQueries(connection, source.cdmSchema()), source.extraTerms(), writer);
        writer.commit();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
          documents = reader.numDocs();
        }
        removed = before + added.documents() - documents;
      }
      ConceptIndex.writeBuildFile(dir, documents, rowsRead - removed + added.documents());
      fingerprint.write(dir); // last: until then the next open updates again
      long millis = (System.nanoTime() - started) / 1_000_000;
      log.info(
          "concept index in {}: extra terms updated in place in {} ms ({} documents removed, {}"
              + " added, {} extra terms name no indexed concept)",
          dir,
          millis,
          removed,
          added.documents(),
          added.unresolved());
      return Optional.of(
          new IndexStats(
              dir,
              documents,
              IndexDirectories.size(dir),
              false,
              millis,
              0,
              0,
              added.unresolved(),
              true));
    } catch (IOException | RuntimeException e) {
      log.warn(
          "concept index in {}: cannot update the extra terms in place ({}): rebuilding it",
          dir,
          e.toString());
      return Optional.empty();
    }
  }
}
