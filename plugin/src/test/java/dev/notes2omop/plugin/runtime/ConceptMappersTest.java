package dev.notes2omop.plugin.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes2omop.core.mapping.ConceptMatch;
import dev.notes2omop.core.mapping.MatchType;
import dev.notes2omop.core.nlp.Assertion;
import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.core.nlp.Mention;
import dev.notes2omop.omop.schema.SchemaNames;
import dev.notes2omop.omop.testing.TestDatabase;
import dev.notes2omop.vocab.index.BuildProgress;
import dev.notes2omop.vocab.lexicon.Lexicon;
import dev.notes2omop.vocab.load.AthenaLoader;
import dev.notes2omop.vocab.review.DecisionStore;
import dev.notes2omop.vocab.review.Equivalence;
import dev.notes2omop.vocab.review.ReviewSettings;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline's mapper on the sample vocabulary: stewards' decisions over the concept index. */
class ConceptMappersTest {

  private static final int ESSENTIAL_HYPERTENSION = 320128;

  @TempDir Path dir;

  private final SchemaNames schemas = SchemaNames.defaults();
  private DataSource dataSource;
  private MappingSettings settings;
  private DecisionStore decisions;

  @BeforeEach
  void sampleVocabulary() throws Exception {
    dataSource = TestDatabase.freshDatabase();
    Path vocab = BundledResources.extract("sample-vocab", dir.resolve("vocab"));
    new AthenaLoader(dataSource, schemas.cdm())
        .loadAll(List.of(vocab.resolve("gibleed"), vocab.resolve("synthea27nj")), (t, n) -> {});
    settings = MappingSettings.defaults(dir.resolve("data"));
    decisions =
        new DecisionStore(
            dataSource,
            new ReviewSettings(schemas.cdm(), schemas.own(), settings.sourceVocabularyId()));
  }

  private ConceptMappers open() {
    return ConceptMappers.open(dataSource, schemas, settings, null, BuildProgress.NONE);
  }

  private static Mention condition(String text) {
    return new Mention(0, text.length(), text, EntityLabel.CONDITION, Assertion.AFFIRMED, null, 0);
  }

  /** A standard condition of the samples other than essential hypertension. */
  private int anotherCondition() throws Exception {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT concept_id FROM cdm.concept WHERE domain_id = 'Condition' AND"
                    + " standard_concept = 'S' AND invalid_reason IS NULL AND concept_id <> "
                    + ESSENTIAL_HYPERTENSION
                    + " ORDER BY concept_id LIMIT 1")) {
      assertThat(rs.next()).isTrue();
      return rs.getInt(1);
    }
  }

  @Test
  void theIndexMapsALexiconTermWhenNoStewardDecided() {
    try (ConceptMappers mappers = open()) {
      ConceptMatch match = mappers.mapper().map(condition("hipertensión arterial")).concept();

      assertThat(match.conceptId()).isEqualTo(ESSENTIAL_HYPERTENSION);
      assertThat(match.matchType()).isNotEqualTo(MatchType.OVERRIDE);
      assertThat(mappers.index()).isNotNull();
    }
  }

  @Test
  void anApprovedDecisionBeatsTheIndex() throws Exception {
    int other = anotherCondition();
    try (ConceptMappers mappers = open()) {
      decisions.approve(
          "hipertensión arterial", "Condition", other, Equivalence.EQUAL, "steward", null);
      mappers.overrides().refresh();

      ConceptMatch match = mappers.mapper().map(condition("HIPERTENSION ARTERIAL")).concept();

      assertThat(match.conceptId()).isEqualTo(other);
      assertThat(match.matchType()).isEqualTo(MatchType.OVERRIDE);
    }
  }

  @Test
  void aNoConceptDecisionGivesConceptZeroWhereTheIndexHadAnAnswer() {
    decisions.approveNoConcept("hipertensión arterial", null, "steward", "too vague here");
    try (ConceptMappers mappers = open()) {
      assertThat(mappers.mapper().map(condition("hipertensión arterial")).concept())
          .isEqualTo(ConceptMatch.NONE);
    }
  }

  @Test
  void approvedTermsAreIndexedSoTheirVariantsMapToo() throws Exception {
    int other = anotherCondition();
    decisions.approve(
        "cuadro hipertensivo limítrofe", "Condition", other, Equivalence.EQUAL, "steward", null);
    try (ConceptMappers mappers = open()) {
      ConceptMatch exact =
          mappers.mapper().map(condition("cuadro hipertensivo limítrofe")).concept();
      ConceptMatch variant = mappers.index().best("cuadros hipertensivos limitrofes", "Condition");

      assertThat(exact.conceptId()).isEqualTo(other);
      assertThat(exact.matchType()).isEqualTo(MatchType.OVERRIDE);
      assertThat(variant.conceptId()).isEqualTo(other);
    }
  }

  @Test
  void theDictionaryBaselineAlsoYieldsToDecisions() throws Exception {
    int other = anotherCondition();
    decisions.approve(
        "hipertensión arterial", "Condition", other, Equivalence.EQUAL, "steward", null);
    Lexicon lexicon = Lexicon.bundledSpanish();
    MappingSettings dictionary =
        new MappingSettings(
            lexicon,
            MapperKind.DICTIONARY,
            settings.indexDirectory(),
            settings.sourceVocabularyId());
    try (ConceptMappers mappers =
        ConceptMappers.open(
            dataSource,
            schemas,
            dictionary,
            dev.notes2omop.vocab.ConceptDictionary.load(dataSource, schemas.cdm(), lexicon),
            BuildProgress.NONE)) {
      assertThat(mappers.index()).isNull();
      assertThat(mappers.mapper().map(condition("hipertensión arterial")).concept().conceptId())
          .isEqualTo(other);
    }
  }
}
