package dev.notes2omop.vocab.index;

import dev.notes2omop.core.mapping.MatchType;
import dev.notes2omop.vocab.lexicon.Icdo3Codes;
import dev.notes2omop.vocab.lexicon.LexiconEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a concept index into an empty directory by streaming the vocabulary: concept names, then
 * synonyms (both one query each, resolved to standard targets in SQL), then the lexicon's entries
 * and the extra terms (small, resolved by code or id in one query each). Memory use is Lucene's RAM
 * buffer plus one fetch of rows, whatever the vocabulary's size.
 */
final class ConceptIndexBuilder {

  private static final Logger log = LoggerFactory.getLogger(ConceptIndexBuilder.class);

  /** How often, in rows, progress is reported. */
  static final int PROGRESS_EVERY = 50_000;

  /** Lucene's indexing buffer, in MB, before it flushes a segment. */
  static final double RAM_BUFFER_MB = 64;

  /**
   * What a build did.
   *
   * @param documents documents written
   * @param rowsRead database rows read
   * @param lexiconUnresolved lexicon entries whose code names no indexed concept
   * @param extraUnresolved extra terms whose concept is not indexed
   */
  record Result(long documents, long rowsRead, int lexiconUnresolved, int extraUnresolved) {}

  private final IndexSource source;
  private final ClinicalAnalysis analysis;
  private final BuildProgress progress;
  private long rows;
  private long documents;

  ConceptIndexBuilder(IndexSource source, ClinicalAnalysis analysis, BuildProgress progress) {
    this.source = source;
    this.analysis = analysis;
    this.progress = progress;
  }

  /** Builds into {@code directory}, reading with {@code connection} (auto-commit off). */
  Result build(Connection connection, Path directory) throws IOException, SQLException {
    IndexQueries queries = new IndexQueries(connection, source.cdmSchema());
    IndexWriterConfig config =
        new IndexWriterConfig(analysis.indexAnalyzer())
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
            .setRAMBufferSizeMB(RAM_BUFFER_MB)
            .setCommitOnClose(false);
    try (Directory dir = FSDirectory.open(directory);
        IndexWriter writer = new IndexWriter(dir, config)) {
      queries.names(
          (text, sourceId, target) -> add(writer, text, MatchType.EXACT, sourceId, target));
      progress.onProgress("names", rows);
      queries.synonyms(
          (text, sourceId, target) -> add(writer, text, MatchType.SYNONYM, sourceId, target));
      progress.onProgress("synonyms", rows);
      int lexiconUnresolved = addLexicon(queries, writer);
      progress.onProgress("lexicon", rows);
      int extraUnresolved = addExtraTerms(queries, writer);
      progress.onProgress("extra terms", rows);
      writer.commit();
      return new Result(documents, rows, lexiconUnresolved, extraUnresolved);
    }
  }

  private void add(
      IndexWriter writer, String text, MatchType type, int sourceId, StandardConcept target)
      throws SQLException {
    int source = sourceId == target.conceptId() ? 0 : sourceId;
    try {
      writer.addDocument(
          IndexFields.document(text, analysis.foldedTokens(text), type, target, source, false));
    } catch (IOException e) {
      throw new SQLException("cannot write the index: " + e.getMessage(), e);
    }
    documents++;
    if (++rows % PROGRESS_EVERY == 0) {
      progress.onProgress(type.name().toLowerCase(java.util.Locale.ROOT), rows);
    }
  }

  /**
   * Indexes every lexicon entry under each standard target its code reaches; an {@code ICDO3}
   * histology entry under its unknown-site condition when the vocabulary has it ({@link
   * Icdo3Codes}).
   */
  private int addLexicon(IndexQueries queries, IndexWriter writer) throws SQLException {
    Map<String, List<LexiconEntry>> byReference = new LinkedHashMap<>();
    Map<String, String> histologyByUnknownSite = new HashMap<>();
    for (LexiconEntry entry : source.lexicon().entries()) {
      byReference.computeIfAbsent(entry.conceptReference(), k -> new ArrayList<>()).add(entry);
      Icdo3Codes.unknownSiteCode(entry)
          .ifPresent(
              code ->
                  histologyByUnknownSite.put(
                      entry.vocabularyId() + "/" + code, entry.conceptReference()));
    }
    if (byReference.isEmpty()) {
      return 0;
    }
    List<String> vocabularies = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    for (List<LexiconEntry> entries : byReference.values()) {
      vocabularies.add(entries.get(0).vocabularyId());
      codes.add(entries.get(0).conceptCode());
    }
    for (String reference : histologyByUnknownSite.keySet()) {
      if (!byReference.containsKey(reference)) {
        int slash = reference.indexOf('/');
        vocabularies.add(reference.substring(0, slash));
        codes.add(reference.substring(slash + 1));
      }
    }
    record Row(String reference, int sourceId, StandardConcept target) {}
    List<Row> rows = new ArrayList<>();
    queries.byCode(
        vocabularies,
        codes,
        (reference, sourceId, target) -> rows.add(new Row(reference, sourceId, target)));
    Set<String> resolved = new LinkedHashSet<>();
    rows.forEach(r -> resolved.add(r.reference()));
    Set<String> histologiesWithCondition = new HashSet<>();
    histologyByUnknownSite.forEach(
        (unknownSite, histology) -> {
          if (resolved.contains(unknownSite)) {
            histologiesWithCondition.add(histology);
          }
        });
    for (Row row : rows) {
      List<LexiconEntry> entries = new ArrayList<>();
      if (!histologiesWithCondition.contains(row.reference())) {
        entries.addAll(byReference.getOrDefault(row.reference(), List.of()));
      }
      String histology = histologyByUnknownSite.get(row.reference());
      if (histology != null) {
        entries.addAll(byReference.getOrDefault(histology, List.of()));
      }
      for (LexiconEntry entry : entries) {
        add(writer, entry.term(), MatchType.LEXICON, row.sourceId(), row.target());
      }
    }
    resolved.addAll(histologiesWithCondition);
    int unresolved = 0;
    for (Map.Entry<String, List<LexiconEntry>> e : byReference.entrySet()) {
      if (!resolved.contains(e.getKey())) {
        unresolved += e.getValue().size();
        log.debug("lexicon code {} names no indexed concept", e.getKey());
      }
    }
    return unresolved;
  }

  private int addExtraTerms(IndexQueries queries, IndexWriter writer) throws SQLException {
    ExtraTermsWriter.Result extra =
        new ExtraTermsWriter(analysis).write(queries, source.extraTerms(), writer);
    documents += extra.documents();
    rows += extra.documents();
    return extra.unresolved();
  }
}
