package dev.notes2omop.vocab.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes2omop.omop.testing.TestDatabase;
import dev.notes2omop.vocab.load.AthenaLoader;
import dev.notes2omop.vocab.load.LoadProgress;
import dev.notes2omop.vocab.load.LoadReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AthenaGeneratorTest {

  private static final double TINY = 0.0005;

  @TempDir Path temp;

  @Test
  void sameSeedGivesTheSameBytesAndAnotherSeedOtherBytes() throws IOException {
    new AthenaGenerator(GeneratorSettings.of(TINY, 42))
        .generate(temp.resolve("a"), GenerationProgress.NONE);
    new AthenaGenerator(GeneratorSettings.of(TINY, 42))
        .generate(temp.resolve("b"), GenerationProgress.NONE);
    new AthenaGenerator(GeneratorSettings.of(TINY, 7))
        .generate(temp.resolve("c"), GenerationProgress.NONE);

    for (String file : AthenaGenerator.fileNames()) {
      assertThat(Files.mismatch(temp.resolve("a").resolve(file), temp.resolve("b").resolve(file)))
          .as(file)
          .isEqualTo(-1L);
    }
    assertThat(Files.mismatch(temp.resolve("a/CONCEPT.csv"), temp.resolve("c/CONCEPT.csv")))
        .isNotEqualTo(-1L);
  }

  @Test
  void writesAthenaFilesNearTheScaledTargets() throws IOException {
    GenerationReport report =
        new AthenaGenerator(GeneratorSettings.of(TINY, 42)).generate(temp, GenerationProgress.NONE);

    assertThat(report.rows("CONCEPT.csv")).isBetween(2_900L, 3_300L);
    assertThat(report.rows("CONCEPT_RELATIONSHIP.csv")).isBetween(23_000L, 27_000L);
    assertThat(report.rows("CONCEPT_SYNONYM.csv")).isBetween(1_300L, 1_700L);
    assertThat(report.rows("DRUG_STRENGTH.csv")).isBetween(1_300L, 1_700L);
    assertThat(report.rows("CONCEPT_ANCESTOR.csv")).isGreaterThan(report.rows("CONCEPT.csv"));
    String header = Files.readAllLines(temp.resolve("CONCEPT.csv")).get(0);
    assertThat(header).startsWith("concept_id\tconcept_name\tdomain_id\t");
    assertThat(Files.readAllLines(temp.resolve("CONCEPT.csv")).get(1000))
        .matches(
            "15\\d{8}\\t[^\\t\"]+ [^\\t\"]+\\t[^\\t]+\\t.*\\t(19700101|20020131|20100701|20170501)\\t(20991231|20200131)\\t[DU]?");
  }

  @Test
  void generatedVocabularyLoadsWithTheGeneratedCountsAndAConsistentShape() throws Exception {
    GenerationReport generated =
        new AthenaGenerator(new GeneratorSettings(TINY, 42, true))
            .generate(temp, GenerationProgress.NONE);
    DataSource db = TestDatabase.freshDatabase();

    LoadReport loaded = new AthenaLoader(db, "cdm").load(temp, LoadProgress.NONE);

    Map<String, String> files =
        Map.of(
            "concept", "CONCEPT.csv",
            "concept_relationship", "CONCEPT_RELATIONSHIP.csv",
            "concept_synonym", "CONCEPT_SYNONYM.csv",
            "concept_ancestor", "CONCEPT_ANCESTOR.csv",
            "drug_strength", "DRUG_STRENGTH.csv",
            "vocabulary", "VOCABULARY.csv",
            "domain", "DOMAIN.csv",
            "concept_class", "CONCEPT_CLASS.csv",
            "relationship", "RELATIONSHIP.csv");
    for (var e : files.entrySet()) {
      assertThat(loaded.rows(e.getKey())).as(e.getKey()).isEqualTo(generated.rows(e.getValue()));
    }
    assertThat(generated.malformedRows()).isGreaterThanOrEqualTo(3);
    assertThat(loaded.badRowCount()).isEqualTo(generated.malformedRows());
    assertThat(loaded.duplicateCount()).isZero();
    // Maps to always ends at a valid standard concept
    assertThat(
            number(
                db,
                "SELECT count(*) FROM cdm.concept_relationship r JOIN cdm.concept c"
                    + " ON c.concept_id = r.concept_id_2 WHERE r.relationship_id = 'Maps to'"
                    + " AND (c.standard_concept IS DISTINCT FROM 'S' OR c.invalid_reason IS NOT NULL)"))
        .isZero();
    assertThat(
            number(
                db,
                "SELECT count(*) FROM cdm.concept_relationship r JOIN cdm.concept c"
                    + " ON c.concept_id = r.concept_id_1 WHERE r.relationship_id = 'Maps to'"
                    + " AND c.standard_concept IS NULL"))
        .isPositive();
    // every Is a is an ancestor row one level up, and every relationship id is defined
    assertThat(
            number(
                db,
                "SELECT count(*) FROM cdm.concept_relationship r WHERE"
                    + " r.relationship_id = 'Is a' AND NOT EXISTS (SELECT 1 FROM cdm.concept_ancestor a"
                    + " WHERE a.ancestor_concept_id = r.concept_id_2 AND a.descendant_concept_id ="
                    + " r.concept_id_1 AND a.min_levels_of_separation = 1)"))
        .isZero();
    assertThat(
            number(
                db,
                "SELECT count(*) FROM cdm.concept_relationship r WHERE NOT EXISTS"
                    + " (SELECT 1 FROM cdm.relationship d WHERE d.relationship_id = r.relationship_id)"))
        .isZero();
    assertThat(
            number(
                db,
                "SELECT count(*) FROM cdm.concept_synonym WHERE language_concept_id"
                    + " = 4182511"))
        .isPositive();
    assertThat(number(db, "SELECT count(DISTINCT domain_id) FROM cdm.concept"))
        .isGreaterThanOrEqualTo(9);
    assertThat(number(db, "SELECT min(concept_id) FROM cdm.concept")).isEqualTo(1_500_000_000L);
  }

  private static long number(DataSource db, String sql) throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
