package dev.notes2omop.vocab.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes2omop.core.mapping.ConceptMatch;
import dev.notes2omop.core.mapping.MatchType;
import dev.notes2omop.core.nlp.Assertion;
import dev.notes2omop.core.nlp.DictionaryTerm;
import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.core.nlp.Mention;
import dev.notes2omop.omop.testing.TestDatabase;
import dev.notes2omop.vocab.ConceptDictionary;
import dev.notes2omop.vocab.lexicon.Lexicon;
import dev.notes2omop.vocab.load.AthenaLoader;
import dev.notes2omop.vocab.load.LoadProgress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled CIE-O-3.1 lexicon section against a tiny vocabulary with {@code ICDO3} concepts as
 * OMOP has them: a histology ({@code 8140/3}, not standard) with its standard unknown-site
 * condition ({@code 8140/3-NULL}), and a standard histology without one ({@code 8070/3}).
 */
class Icdo3LexiconMappingTest {

  private static final int ADENOCARCINOMA_HISTOLOGY = 9001;
  private static final int ADENOCARCINOMA_UNKNOWN_SITE = 9002;
  private static final int SQUAMOUS_CELL_CARCINOMA = 9003;

  @TempDir static Path temp;

  private static DataSource db;
  private static IndexConceptMapper mapper;

  @BeforeAll
  static void load() throws IOException {
    Path dir = temp.resolve("vocab");
    Files.createDirectories(dir);
    String header =
        "concept_id\tconcept_name\tdomain_id\tvocabulary_id\tconcept_class_id\tstandard_concept"
            + "\tconcept_code\tvalid_start_date\tvalid_end_date\tinvalid_reason\n";
    Files.writeString(
        dir.resolve("CONCEPT.csv"),
        header
            + row(
                ADENOCARCINOMA_HISTOLOGY,
                "Adenocarcinoma, NOS",
                "Observation",
                "ICDO Histology",
                "",
                "8140/3")
            + row(
                ADENOCARCINOMA_UNKNOWN_SITE,
                "Adenocarcinoma, NOS",
                "Condition",
                "ICDO Condition",
                "S",
                "8140/3-NULL")
            + row(
                SQUAMOUS_CELL_CARCINOMA,
                "Squamous cell carcinoma, NOS",
                "Condition",
                "ICDO Histology",
                "S",
                "8070/3"),
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("CONCEPT_RELATIONSHIP.csv"),
        "concept_id_1\tconcept_id_2\trelationship_id\tvalid_start_date\tvalid_end_date"
            + "\tinvalid_reason\n",
        StandardCharsets.UTF_8);
    db = TestDatabase.freshDatabase();
    new AthenaLoader(db, "cdm").load(dir, LoadProgress.NONE);
    mapper =
        IndexConceptMapper.open(
            IndexSource.of(db, "cdm", Lexicon.bundled()),
            temp.resolve("concept-index"),
            BuildProgress.NONE);
  }

  @AfterAll
  static void close() {
    mapper.close();
  }

  private static String row(
      int id, String name, String domain, String conceptClass, String standard, String code) {
    return String.join(
            "\t",
            Integer.toString(id),
            name,
            domain,
            "ICDO3",
            conceptClass,
            standard,
            code,
            "19700101",
            "20991231",
            "")
        + "\n";
  }

  @Test
  void tagsCieOTermsWithTheUnknownSiteConditionOfTheirHistology() {
    ConceptDictionary dictionary = ConceptDictionary.load(db, "cdm", Lexicon.bundled());

    assertThat(dictionary.taggerTerms())
        .contains(
            new DictionaryTerm(
                "adenocarcinoma", EntityLabel.CONDITION, ADENOCARCINOMA_UNKNOWN_SITE),
            new DictionaryTerm(
                "adenocarcinoma pobremente diferenciado",
                EntityLabel.CONDITION,
                ADENOCARCINOMA_UNKNOWN_SITE),
            new DictionaryTerm(
                "carcinoma epidermoide", EntityLabel.CONDITION, SQUAMOUS_CELL_CARCINOMA));
    assertThat(dictionary.lexiconReport().errors())
        .filteredOn(p -> p.source().startsWith("es-icdo3.tsv:"))
        .isEmpty();
  }

  @Test
  void mapsATumourMentionToTheIcdo3ConditionThroughTheIndex() {
    ConceptMatch graded = map("Adenocarcinoma moderadamente diferenciado");
    ConceptMatch squamous = map("carcinoma epidermoide");

    assertThat(graded.conceptId()).isEqualTo(ADENOCARCINOMA_UNKNOWN_SITE);
    assertThat(graded.vocabularyId()).isEqualTo("ICDO3");
    assertThat(graded.conceptCode()).isEqualTo("8140/3-NULL");
    assertThat(graded.matchType()).isEqualTo(MatchType.LEXICON);
    assertThat(squamous.conceptId()).isEqualTo(SQUAMOUS_CELL_CARCINOMA);
    assertThat(squamous.conceptCode()).isEqualTo("8070/3");
  }

  private static ConceptMatch map(String text) {
    return mapper
        .map(
            new Mention(0, text.length(), text, EntityLabel.CONDITION, Assertion.AFFIRMED, null, 0))
        .concept();
  }
}
