package dev.notes2omop.plugin.etl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes2omop.core.pipeline.SkipReason;
import dev.notes2omop.fhir.bulk.BulkInput;
import dev.notes2omop.omop.report.TableCounts;
import dev.notes2omop.omop.schema.SchemaNames;
import dev.notes2omop.omop.testing.TestDatabase;
import dev.notes2omop.plugin.runtime.BundledResources;
import dev.notes2omop.plugin.runtime.MappingSettings;
import dev.notes2omop.plugin.runtime.Pipeline;
import dev.notes2omop.plugin.runtime.TaggerSettings;
import dev.notes2omop.vocab.index.BuildProgress;
import dev.notes2omop.vocab.load.AthenaLoader;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * From FHIR JSON to OMOP rows on a real PostgreSQL with the sample vocabulary and the bundled
 * Spanish lexicon, checking specific rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EtlEndToEndIT {

  private static final int ESSENTIAL_HYPERTENSION = 320128;
  private static final int FEVER = 437663;
  private static final int ASTHMA = 317009;
  private static final int PNEUMONIA = 255848;
  private static final int ANEMIA = 439777;
  private static final int HEMOGLOBIN = 3000963;
  private static final int CREATININE = 3016723;
  private static final int ACETAMINOPHEN = 1125315;
  private static final int GRAM_PER_DECILITER = 8713;
  private static final int MILLIGRAM_PER_DECILITER = 8840;

  private final SchemaNames schemas = SchemaNames.defaults();
  private DataSource dataSource;
  private Pipeline pipeline;
  private EtlReport first;

  @BeforeAll
  void loadVocabularyAndRunEtl(@TempDir Path tmp) throws Exception {
    dataSource = TestDatabase.freshDatabase();
    Path vocab = BundledResources.extract("sample-vocab", tmp.resolve("vocab"));
    new AthenaLoader(dataSource, schemas.cdm())
        .loadAll(List.of(vocab.resolve("gibleed"), vocab.resolve("synthea27nj")), (t, n) -> {});
    // the dictionary tagger: these tests check what the ETL writes for known mentions; the model's
    // own mentions are checked by TagAndEvaluateCommandTest and DemoCommandIT
    pipeline =
        Pipeline.build(
            dataSource,
            schemas,
            MappingSettings.defaults(tmp),
            TaggerSettings.dictionary(),
            BuildProgress.NONE);
    first = new EtlRunner(pipeline, 2).run(inputFiles(), EtlProgress.NONE);
  }

  @AfterAll
  void closePipeline() {
    pipeline.close();
  }

  @Test
  void writesEveryNoteAndPerson() {
    assertThat(first.persons()).isEqualTo(2);
    assertThat(first.notesWritten()).isEqualTo(3);
    assertThat(first.parkedRemaining()).isEqualTo(1);
  }

  @Test
  void writesANoteThatCameBeforeItsPatient() throws SQLException {
    assertThat(
            query(
                "select p.person_source_value from cdm.note n join cdm.person p on p.person_id ="
                    + " n.person_id where n.note_source_value = 'DocumentReference/late-1'"))
        .containsExactly(List.of("Patient/late"));
  }

  @Test
  void reportsTheMalformedLineWithFileAndLine() {
    assertThat(first.skipped()).containsEntry(SkipReason.INVALID_JSON, 1L);
    assertThat(first.problems()).anySatisfy(p -> assertThat(p).contains("order.ndjson:3"));
  }

  @Test
  void writesAffirmedConditionsWithTheNlpTypeConcept() throws SQLException {
    List<List<Object>> rows =
        query(
            "select c.condition_concept_id, c.condition_type_concept_id, c.condition_source_value,"
                + " c.condition_start_date::text from cdm.condition_occurrence c join cdm.note n on"
                + " n.person_id = c.person_id where n.note_source_value ="
                + " 'DocumentReference/e2e-note-1/_history/1' and c.condition_start_date ="
                + " n.note_date order by 1");
    assertThat(rows)
        .containsExactly(
            List.of(ESSENTIAL_HYPERTENSION, 32858, "HTA", "2026-03-02"),
            List.of(FEVER, 32858, "fiebre", "2026-03-02"));
  }

  @Test
  void keepsNegatedUncertainAndFamilyMentionsInNoteNlpOnly() throws SQLException {
    List<List<Object>> rows =
        query(
            "select nlp.note_nlp_concept_id, nlp.term_exists, nlp.term_modifiers from"
                + " cdm.note_nlp nlp join cdm.note n on n.note_id = nlp.note_id where"
                + " n.note_source_value = 'DocumentReference/e2e-note-1/_history/1' and"
                + " nlp.note_nlp_concept_id in (?, ?, ?) order by 1",
            ANEMIA,
            PNEUMONIA,
            ASTHMA);
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0)).startsWith(PNEUMONIA, "N");
    assertThat((String) rows.get(0).get(2)).contains("certainty=possible");
    assertThat(rows.get(1)).startsWith(ASTHMA, "N");
    assertThat((String) rows.get(1).get(2)).contains("negated=true");
    assertThat(rows.get(2)).startsWith(ANEMIA, "N");
    assertThat((String) rows.get(2).get(2)).contains("subject=family");

    assertThat(
            query(
                "select count(*) from cdm.condition_occurrence where condition_concept_id in (?,"
                    + " ?, ?)",
                ANEMIA,
                PNEUMONIA,
                ASTHMA))
        .containsExactly(List.of(1L));
  }

  @Test
  void marksHistoryAsPast() throws SQLException {
    assertThat(
            query(
                "select term_temporal, term_exists from cdm.note_nlp where note_nlp_concept_id = ?",
                ESSENTIAL_HYPERTENSION))
        .containsExactly(List.of("past", "Y"));
  }

  @Test
  void writesMeasurementValuesAndUcumUnits() throws SQLException {
    List<List<Object>> rows =
        query(
            "select measurement_concept_id, value_as_number, unit_concept_id, unit_source_value,"
                + " measurement_type_concept_id from cdm.measurement order by value_as_number");
    assertThat(rows)
        .containsExactly(
            List.of(CREATININE, new BigDecimal("1.3"), MILLIGRAM_PER_DECILITER, "mg/dL", 32858),
            List.of(HEMOGLOBIN, new BigDecimal("11.2"), GRAM_PER_DECILITER, "g/dL", 32858),
            List.of(HEMOGLOBIN, new BigDecimal("13.1"), GRAM_PER_DECILITER, "g/dL", 32858));
  }

  @Test
  void writesDrugExposures() throws SQLException {
    assertThat(
            query(
                "select drug_concept_id, drug_type_concept_id, count(*) from cdm.drug_exposure"
                    + " group by 1, 2"))
        .containsExactly(List.of(ACETAMINOPHEN, 32858, 2L));
  }

  @Test
  void reducesHtmlToTheTextTheOffsetsPointInto() throws SQLException {
    List<List<Object>> rows =
        query(
            "select n.note_text, nlp.\"offset\", nlp.lexical_variant from cdm.note n join"
                + " cdm.note_nlp nlp on nlp.note_id = n.note_id where n.note_source_value ="
                + " 'DocumentReference/e2e-note-2/_history/3'");
    assertThat(rows).isNotEmpty();
    for (List<Object> row : rows) {
      String text = (String) row.get(0);
      assertThat(text).doesNotContain("<p>", "&oacute;");
      String[] span = ((String) row.get(1)).split("-");
      assertThat(text.substring(Integer.parseInt(span[0]), Integer.parseInt(span[1])))
          .isEqualTo(row.get(2));
    }
  }

  @Test
  void runningTwiceLeavesEveryTableUnchanged() {
    Map<String, Long> before = TableCounts.count(dataSource, schemas);

    EtlReport second = new EtlRunner(pipeline, 2).run(inputFiles(), EtlProgress.NONE);

    assertThat(TableCounts.count(dataSource, schemas)).isEqualTo(before);
    assertThat(second.notesWritten()).isZero();
    assertThat(second.notesUnchanged()).isEqualTo(3);
    assertThat(second.parkedRemaining()).isEqualTo(1);
  }

  private static List<Path> inputFiles() {
    try {
      Path dir = Path.of(EtlEndToEndIT.class.getResource("/fhir").toURI());
      return BulkInput.files(dir);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<List<Object>> query(String sql, Object... parameters) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = statement.executeQuery()) {
        List<List<Object>> rows = new ArrayList<>();
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          List<Object> row = new ArrayList<>();
          for (int i = 1; i <= columns; i++) {
            row.add(rs.getObject(i));
          }
          rows.add(row);
        }
        return rows;
      }
    }
  }
}
