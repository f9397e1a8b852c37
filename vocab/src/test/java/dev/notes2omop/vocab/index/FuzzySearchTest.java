package dev.notes2omop.vocab.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes2omop.omop.testing.TestDatabase;
import dev.notes2omop.vocab.lexicon.Lexicon;
import dev.notes2omop.vocab.load.AthenaLoader;
import dev.notes2omop.vocab.load.LoadProgress;
import dev.notes2omop.vocab.testing.SampleVocabularies;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fuzzy search on the sample vocabularies: the disjunction with the domains as accepted
 * documents ({@link ConceptIndex#searchDisjunction}, {@link DomainFilter}) finds the documents, in
 * the order and with the scores, that the same disjunction with a domain {@code FILTER} clause
 * finds; and the common-gram cap of {@link ConceptIndex#rarest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FuzzySearchTest {

  private static final List<String> TERMS =
      List.of(
          "hipertension arterial",
          "neumonias",
          "paracetamool",
          "insuficiencia cardiaca",
          "fractura de cadera",
          "colesterol total",
          "hemoglobina glicada",
          "amoxicilina 500 mg",
          "tension arterial sistolica",
          "asma bronquial");

  @TempDir static Path work;

  private ConceptIndex index;
  private Directory directory;
  private DirectoryReader reader;

  @BeforeAll
  void openSampleIndex() throws IOException {
    DataSource db = TestDatabase.freshDatabase();
    new AthenaLoader(db, SampleVocabularies.CDM)
        .loadAll(
            List.of(SampleVocabularies.gibleed(), SampleVocabularies.synthea()), LoadProgress.NONE);
    Path dir = work.resolve("concept-index");
    index =
        ConceptIndex.open(
            IndexSource.of(db, SampleVocabularies.CDM, Lexicon.bundledSpanish()),
            dir,
            BuildProgress.NONE);
    directory = FSDirectory.open(dir);
    reader = DirectoryReader.open(directory);
  }

  @AfterAll
  void close() throws IOException {
    reader.close();
    directory.close();
    index.close();
  }

  @Test
  void findsWhatTheFilteredQueryFinds() throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    TermSimilarity similarity = new TermSimilarity(index.analysis());
    int compared = 0;
    for (String term : TERMS) {
      TermSimilarity.Analysed text = similarity.analyse(term);
      Query disjunction =
          LuceneQueries.of(
              text, index.rarest(IndexFields.GRAMS, text.grams(), LuceneQueries.MAX_GRAMS));
      for (String domain : List.of("Condition", "Drug", "Measurement", "Observation")) {
        Set<String> domains = DomainRouting.searched(domain);
        List<IndexHit> hits = index.searchDisjunction(disjunction, domains, 40);

        ScoreDoc[] expected = searcher.search(filtered(disjunction, domains), 40).scoreDocs;
        assertThat(hits.stream().map(IndexHit::doc).toList())
            .as("%s in %s", term, domain)
            .isEqualTo(docs(expected));
        assertThat(hits).allSatisfy(h -> assertThat(domains).contains(h.domainId()));
        compared += hits.size();
      }
      List<IndexHit> anyDomain = index.searchDisjunction(disjunction, null, 40);
      assertThat(anyDomain.stream().map(IndexHit::doc).toList())
          .isEqualTo(docs(searcher.search(disjunction, 40).scoreDocs));
    }
    assertThat(compared).as("hits compared").isGreaterThan(200);
  }

  @Test
  void leavesOutCommonGramsOnceTheRarestAreKept() throws IOException {
    TermSimilarity.Analysed text =
        new TermSimilarity(index.analysis()).analyse("hipertension arterial sistolica");
    Map<String, Integer> frequency = new HashMap<>();
    for (String gram : text.grams()) {
      frequency.put(gram, reader.docFreq(new Term(IndexFields.GRAMS, gram)));
    }
    List<String> all = index.rarest(IndexFields.GRAMS, text.grams(), 100, 4, Integer.MAX_VALUE);
    int common = frequency.get(all.get(all.size() / 2));

    List<String> capped = index.rarest(IndexFields.GRAMS, text.grams(), 100, 4, common - 1);

    assertThat(all).hasSize((int) frequency.values().stream().filter(f -> f > 0).count());
    assertThat(capped).hasSizeLessThan(all.size()).hasSizeGreaterThanOrEqualTo(4);
    assertThat(capped).isEqualTo(all.subList(0, capped.size()));
    assertThat(capped.subList(4, capped.size()))
        .allSatisfy(g -> assertThat(frequency.get(g)).isLessThan(common));
    // however common, the rarest four are kept
    assertThat(index.rarest(IndexFields.GRAMS, text.grams(), 100, 4, 0))
        .isEqualTo(all.subList(0, 4));
  }

  private static Query filtered(Query query, Set<String> domains) {
    List<BytesRef> refs = new ArrayList<>();
    domains.forEach(d -> refs.add(new BytesRef(d)));
    return new BooleanQuery.Builder()
        .add(query, Occur.MUST)
        .add(new TermInSetQuery(IndexFields.DOMAIN, refs), Occur.FILTER)
        .build();
  }

  private static List<Integer> docs(ScoreDoc[] scoreDocs) {
    List<Integer> docs = new ArrayList<>();
    for (ScoreDoc d : scoreDocs) {
      docs.add(d.doc);
    }
    return docs;
  }
}
