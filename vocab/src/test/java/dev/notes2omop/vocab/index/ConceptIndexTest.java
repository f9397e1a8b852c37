package dev.notes2omop.vocab.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes2omop.core.mapping.ConceptMatch;
import dev.notes2omop.core.mapping.MappedMention;
import dev.notes2omop.core.mapping.MatchType;
import dev.notes2omop.core.nlp.Assertion;
import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.core.nlp.MeasurementValue;
import dev.notes2omop.core.nlp.Mention;
import dev.notes2omop.omop.testing.TestDatabase;
import dev.notes2omop.vocab.lexicon.Lexicon;
import dev.notes2omop.vocab.lexicon.LexiconEntry;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index's life cycle on a hand-made vocabulary: build, reuse, rebuild, repair. */
class ConceptIndexTest {

  @TempDir Path work;

  private DataSource db;
  private Path indexDir;

  @BeforeEach
  void loadTinyVocabulary() throws IOException {
    db = TestDatabase.freshDatabase();
    TinyVocabulary.load(db, TinyVocabulary.write(work.resolve("vocab"), false));
    indexDir = work.resolve("data").resolve("concept-index");
  }

  @Test
  void buildsOnceAndReusesTheIndexWhileNothingChanges() throws IOException {
    IndexStats first = stats(source(Lexicon.empty()));
    FileTime built = fingerprintTime();

    IndexStats second = stats(source(Lexicon.empty()));

    assertThat(first.rebuilt()).isTrue();
    assertThat(first.documents()).isPositive();
    assertThat(first.sizeBytes()).isPositive();
    assertThat(second.rebuilt()).isFalse();
    assertThat(second.documents()).isEqualTo(first.documents());
    assertThat(fingerprintTime()).isEqualTo(built);
    assertThat(siblings()).containsExactly("concept-index");
  }

  @Test
  void rebuildsWhenAVocabularyTableIsReloaded() throws IOException {
    stats(source(Lexicon.empty()));
    TinyVocabulary.load(db, TinyVocabulary.write(work.resolve("vocab2"), true));

    try (IndexConceptMapper mapper = mapper(source(Lexicon.empty()))) {
      assertThat(mapper.index().stats().rebuilt()).isTrue();
      assertThat(mapper.best("bronchiolitis", "Condition").conceptId())
          .isEqualTo(TinyVocabulary.ADDED_LATER);
    }
  }

  @Test
  void rebuildsWhenTheLexiconChanges() {
    stats(source(Lexicon.empty()));
    Lexicon lexicon =
        Lexicon.of(
            List.of(
                new LexiconEntry(
                    "tensión alta", "es", "ICD10CM", "I10", "Condition", null, "test:1")));

    try (IndexConceptMapper mapper = mapper(source(lexicon))) {
      assertThat(mapper.index().stats().rebuilt()).isTrue();
      ConceptMatch match = mapper.best("TENSION ALTA", "Condition");
      assertThat(match.conceptId()).isEqualTo(TinyVocabulary.HYPERTENSION);
      assertThat(match.sourceConceptId()).isEqualTo(TinyVocabulary.ICD10_HYPERTENSION);
      assertThat(match.matchType()).isEqualTo(MatchType.LEXICON);
    }
  }

  @Test
  void updatesTheExtraTermsInPlaceWhenOnlyTheyChange() throws IOException {
    IndexStats built = stats(source(Lexicon.empty()));
    IndexSource withOverride =
        new IndexSource(
            db,
            "cdm",
            Lexicon.empty(),
            List.of(
                IndexTerm.override("hta maligna", TinyVocabulary.ICD10_HYPERTENSION),
                IndexTerm.override("cosa inexistente", 987_654)));

    try (IndexConceptMapper mapper = mapper(withOverride)) {
      IndexStats stats = mapper.index().stats();
      assertThat(stats.rebuilt()).isFalse();
      assertThat(stats.updatedInPlace()).isTrue();
      assertThat(stats.extraUnresolved()).isEqualTo(1);
      assertThat(stats.documents()).isEqualTo(built.documents() + 1);
      ConceptMatch match = mapper.best("HTA maligna", "Condition");
      assertThat(match.conceptId()).isEqualTo(TinyVocabulary.HYPERTENSION);
      assertThat(match.sourceConceptId()).isEqualTo(TinyVocabulary.ICD10_HYPERTENSION);
      assertThat(match.matchType()).isEqualTo(MatchType.OVERRIDE);
    }
    assertThat(siblings()).containsExactly("concept-index");

    // the next open reuses the updated index as it is
    IndexStats reused = stats(withOverride);
    assertThat(reused.rebuilt()).isFalse();
    assertThat(reused.updatedInPlace()).isFalse();
    assertThat(reused.documents()).isEqualTo(built.documents() + 1);
  }

  @Test
  void replacesAnOverrideInPlaceSoTheOldOneIsNoLongerFound() {
    IndexSource first =
        new IndexSource(
            db,
            "cdm",
            Lexicon.empty(),
            List.of(IndexTerm.override("soplo raro", TinyVocabulary.PNEUMONIA)));
    IndexStats built = stats(first);
    IndexSource second =
        new IndexSource(
            db,
            "cdm",
            Lexicon.empty(),
            List.of(IndexTerm.override("tension disparada", TinyVocabulary.HYPERTENSION)));

    try (IndexConceptMapper mapper = mapper(second)) {
      assertThat(mapper.index().stats().updatedInPlace()).isTrue();
      assertThat(mapper.index().stats().documents()).isEqualTo(built.documents());
      assertThat(mapper.best("tension disparada", "Condition").matchType())
          .isEqualTo(MatchType.OVERRIDE);
      assertThat(mapper.candidates("soplo raro", null, 10))
          .noneMatch(c -> c.matchType() == MatchType.OVERRIDE);
    }

    // back to none: every override document is deleted
    try (ConceptIndex index =
        ConceptIndex.open(source(Lexicon.empty()), indexDir, BuildProgress.NONE)) {
      assertThat(index.stats().updatedInPlace()).isTrue();
      assertThat(index.stats().documents()).isEqualTo(built.documents() - 1);
    }
  }

  @Test
  void rebuildsInsteadOfUpdatingWhenTheVocabularyChangedToo() throws IOException {
    stats(source(Lexicon.empty()));
    TinyVocabulary.load(db, TinyVocabulary.write(work.resolve("vocab2"), true));
    IndexSource withOverride =
        new IndexSource(
            db,
            "cdm",
            Lexicon.empty(),
            List.of(IndexTerm.override("hta maligna", TinyVocabulary.ICD10_HYPERTENSION)));

    IndexStats stats = stats(withOverride);

    assertThat(stats.rebuilt()).isTrue();
    assertThat(stats.updatedInPlace()).isFalse();
  }

  @Test
  void rebuildsACorruptIndex() throws IOException {
    stats(source(Lexicon.empty()));
    try (Stream<Path> files = Files.list(indexDir)) {
      for (Path file :
          files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
        Files.write(file, new byte[] {1, 2, 3, 4});
      }
    }

    try (IndexConceptMapper mapper = mapper(source(Lexicon.empty()))) {
      assertThat(mapper.index().stats().rebuilt()).isTrue();
      assertThat(mapper.best("pneumonia", "Condition").conceptId())
          .isEqualTo(TinyVocabulary.PNEUMONIA);
    }
  }

  @Test
  void rebuildsAnIndexWithoutItsFingerprintAndDeletesStaleBuilds() throws IOException {
    stats(source(Lexicon.empty()));
    Files.delete(indexDir.resolve(IndexFingerprint.FILE));
    Path stale = Files.createDirectories(indexDir.resolveSibling("concept-index.building-crashed"));
    Files.writeString(stale.resolve("_0.cfs"), "half");

    assertThat(stats(source(Lexicon.empty())).rebuilt()).isTrue();
    assertThat(siblings()).containsExactly("concept-index");
  }

  @Test
  void indexesStandardConceptsNonStandardOnesThroughMapsToAndSynonymsButNotDeprecatedOnes() {
    try (IndexConceptMapper mapper = mapper(source(Lexicon.empty()))) {
      ConceptMatch icd = mapper.best("Essential (primary) hypertension", "Condition");
      assertThat(icd.conceptId()).isEqualTo(TinyVocabulary.HYPERTENSION);
      assertThat(icd.sourceConceptId()).isEqualTo(TinyVocabulary.ICD10_HYPERTENSION);
      assertThat(icd.matchType()).isEqualTo(MatchType.EXACT);

      ConceptMatch synonym = mapper.best("neumonia", "Condition");
      assertThat(synonym.conceptId()).isEqualTo(TinyVocabulary.PNEUMONIA);
      assertThat(synonym.matchType()).isEqualTo(MatchType.SYNONYM);
      assertThat(synonym.score()).isEqualTo(TermSimilarity.SYNONYM_SCORE);

      assertThat(mapper.candidates("Obsolete thoracic thing", null, 10))
          .noneMatch(c -> c.conceptId() == TinyVocabulary.DEPRECATED);
      assertThat(mapper.best("Obsolete thoracic thing", "Condition")).isEqualTo(ConceptMatch.NONE);
    }
  }

  @Test
  void neverMapsAnEntityToAUnitButFindsUnitsWithoutADomain() {
    try (IndexConceptMapper mapper = mapper(source(Lexicon.empty()))) {
      assertThat(mapper.best("milligram per deciliter", "Measurement"))
          .isEqualTo(ConceptMatch.NONE);
      assertThat(mapper.best("milligram per deciliter", null).conceptId())
          .isEqualTo(TinyVocabulary.MG_PER_DL);
    }
  }

  @Test
  void mapsUnitsAndOperatorsOfMeasurements() {
    try (IndexConceptMapper mapper = mapper(source(Lexicon.empty()))) {
      Mention mention =
          new Mention(
              0,
              9,
              "pneumonia",
              EntityLabel.CONDITION,
              Assertion.AFFIRMED,
              new MeasurementValue(new BigDecimal("5"), "≥", "MG/DL", null, null, null, "≥ 5"),
              0);

      MappedMention mapped = mapper.map(mention);

      assertThat(mapped.unitConceptId()).isEqualTo(TinyVocabulary.MG_PER_DL);
      assertThat(mapped.operatorConceptId()).isEqualTo(TinyVocabulary.GREATER_OR_EQUAL);
    }
  }

  @Test
  void reportsBuildProgressUpToEveryRowRead() {
    List<String> phases = new ArrayList<>();
    List<Long> rows = new ArrayList<>();
    try (ConceptIndex index =
        ConceptIndex.open(
            source(Lexicon.empty()),
            indexDir,
            (phase, soFar) -> {
              phases.add(phase);
              rows.add(soFar);
            })) {
      assertThat(phases).containsSubsequence("names", "synonyms", "lexicon", "extra terms");
      assertThat(rows).isSorted();
      assertThat(rows.get(rows.size() - 1)).isEqualTo(index.stats().rowsRead());
      assertThat(index.stats().rowsRead()).isEqualTo(index.stats().documents());
    }
  }

  @Test
  void failsWithAClearMessageWhenTheSchemaHasNoVocabulary() {
    IndexSource source = IndexSource.of(db, "nothere", Lexicon.empty());

    assertThatThrownBy(() -> ConceptIndex.open(source, indexDir, BuildProgress.NONE))
        .isInstanceOf(ConceptIndexException.class)
        .hasMessageContaining("nothere")
        .hasMessageContaining("vocab load");
  }

  private IndexSource source(Lexicon lexicon) {
    return IndexSource.of(db, "cdm", lexicon);
  }

  private IndexStats stats(IndexSource source) {
    try (ConceptIndex index = ConceptIndex.open(source, indexDir, BuildProgress.NONE)) {
      return index.stats();
    }
  }

  private IndexConceptMapper mapper(IndexSource source) {
    return IndexConceptMapper.open(source, indexDir, BuildProgress.NONE);
  }

  private FileTime fingerprintTime() throws IOException {
    return Files.getLastModifiedTime(indexDir.resolve(IndexFingerprint.FILE));
  }

  private List<String> siblings() throws IOException {
    try (Stream<Path> files = Files.list(indexDir.getParent())) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
