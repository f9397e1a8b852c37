package dev.notes2omop.plugin.etl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.core.nlp.Mention;
import dev.notes2omop.core.nlp.NoteTagger;
import dev.notes2omop.core.note.ClinicalNote;
import dev.notes2omop.core.note.Gender;
import dev.notes2omop.core.note.NoteStatus;
import dev.notes2omop.core.note.PersonRecord;
import dev.notes2omop.core.pipeline.NoteOutcome;
import dev.notes2omop.core.pipeline.NoteProcessor;
import dev.notes2omop.omop.schema.SchemaNames;
import dev.notes2omop.omop.testing.TestDatabase;
import dev.notes2omop.omop.write.OmopNoteWriter;
import dev.notes2omop.omop.write.PersonWriter;
import dev.notes2omop.plugin.runtime.BundledResources;
import dev.notes2omop.plugin.runtime.ConceptMappers;
import dev.notes2omop.plugin.runtime.MappingSettings;
import dev.notes2omop.tagger.model.SpanMentions;
import dev.notes2omop.tagger.model.TagSpan;
import dev.notes2omop.tagger.text.Tokens;
import dev.notes2omop.vocab.ConceptDictionary;
import dev.notes2omop.vocab.index.BuildProgress;
import dev.notes2omop.vocab.lexicon.Lexicon;
import dev.notes2omop.vocab.load.AthenaLoader;
import dev.notes2omop.vocab.testing.DoseVocabulary;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hand-written Spanish sentences through tagging, mapping and writing, checking the rows in
 * PostgreSQL: drugs with their dose, form and route; qualitative, compared and ranged results;
 * mentions more specific than any concept mapped uphill and marked broader; and sentences whose
 * right answer is no clinical row. The vocabulary is the bundled samples plus {@link
 * DoseVocabulary}. The spans are given (as a model would find them) and go through the same {@link
 * SpanMentions} every model tagger uses: value, dose and assertion are read from the text.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RichRowsIT {

  private static final int PNEUMONIA = 255848;
  private static final int FEVER = 437663;
  private static final int AMOXICILLIN_500_TABLET = 19073188;
  private static final int C_REACTIVE_PROTEIN = 3020460;
  private static final int CREATININE = 3016723;
  private static final int MILLIGRAM_PER_DECILITER = 8840;

  private final SchemaNames schemas = SchemaNames.defaults();
  private DataSource db;
  private ConceptMappers mappers;
  private NoteProcessor processor;

  /** The spans of every note below: phrase and label. */
  private static final Map<String, EntityLabel> PHRASES = new LinkedHashMap<>();

  static {
    PHRASES.put("enalapril", EntityLabel.DRUG);
    PHRASES.put("amoxicilina", EntityLabel.DRUG);
    PHRASES.put("metotrexato", EntityLabel.DRUG);
    PHRASES.put("PCR", EntityLabel.MEASUREMENT);
    PHRASES.put("Creatinina", EntityLabel.MEASUREMENT);
    PHRASES.put("neumonía neumocócica", EntityLabel.CONDITION);
    PHRASES.put("neumonía xantogranulomatosa", EntityLabel.CONDITION);
    PHRASES.put("fiebre", EntityLabel.CONDITION);
  }

  @BeforeAll
  void processNotes(@TempDir Path tmp) throws Exception {
    db = TestDatabase.freshDatabase();
    Path vocab = BundledResources.extract("sample-vocab", tmp.resolve("vocab"));
    new AthenaLoader(db, schemas.cdm())
        .loadAll(
            List.of(
                vocab.resolve("gibleed"),
                vocab.resolve("synthea27nj"),
                DoseVocabulary.write(tmp.resolve("dose"))),
            (t, n) -> {});
    Lexicon lexicon = Lexicon.bundledSpanish();
    mappers =
        ConceptMappers.open(
            db,
            schemas,
            MappingSettings.defaults(tmp),
            ConceptDictionary.load(db, schemas.cdm(), lexicon),
            BuildProgress.NONE);
    processor =
        new NoteProcessor(
            new PhraseTagger(),
            mappers.mapper(),
            new OmopNoteWriter(db, schemas),
            Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC),
            "test");
    new PersonWriter(db, schemas)
        .upsert(new PersonRecord("Patient/1", Gender.FEMALE, 1950, null, null, "female"));
    process("drug", "Tratamiento al alta: enalapril 20 mg 1 comprimido cada 12 h vía oral.");
    process("course", "Se pauta amoxicilina 500 mg comprimidos durante 7 días.");
    process("negated-drug", "Niega tomar metotrexato 2,5 mg.");
    process("labs", "PCR negativa. Creatinina 1,3 mg/dL (VN 0,5-1,2).");
    process("uphill", "Ingresa por neumonía neumocócica y fiebre.");
    process("negated-uphill", "No presenta neumonía neumocócica.");
    process("nothing", "Se describe una neumonía xantogranulomatosa.");
  }

  @AfterAll
  void close() {
    mappers.close();
  }

  private void process(String id, String text) {
    NoteOutcome outcome =
        processor.process(
            new ClinicalNote(
                "DocumentReference/" + id,
                "1",
                "Patient/1",
                null,
                LocalDate.of(2026, 3, 2),
                null,
                null,
                null,
                text,
                NoteStatus.CURRENT));
    assertThat(outcome).isInstanceOf(NoteOutcome.Processed.class);
  }

  @Test
  void writesADrugWithItsStrengthFormRouteAndSigAsTheClinicalDrug() throws SQLException {
    assertThat(
            drugRows(
                "drug",
                "d.drug_concept_id, d.quantity, d.dose_unit_source_value, d.route_concept_id,"
                    + " d.route_source_value, d.sig, d.days_supply, d.drug_source_value"))
        .containsExactly(
            Arrays.asList(
                DoseVocabulary.ENALAPRIL_20_TABLET,
                dec("20"),
                "mg",
                DoseVocabulary.ORAL,
                "vía oral",
                "enalapril 20 mg 1 comprimido cada 12 h vía oral",
                null,
                "enalapril"));
  }

  @Test
  void writesTheDaysOfACourseAndNoRouteWhenNoneIsStated() throws SQLException {
    assertThat(
            drugRows("course", "d.drug_concept_id, d.quantity, d.days_supply, d.route_concept_id"))
        .containsExactly(Arrays.asList(AMOXICILLIN_500_TABLET, dec("500"), 7, null));
  }

  @Test
  void writesNoDrugExposureForANegatedDrug() throws SQLException {
    assertThat(drugRows("negated-drug", "d.drug_concept_id")).isEmpty();
    assertThat(
            query(
                "select nlp.term_exists from cdm.note_nlp nlp join cdm.note n on n.note_id ="
                    + " nlp.note_id where n.note_source_value = ?",
                "DocumentReference/negated-drug/_history/1"))
        .containsExactly(List.of("N"));
  }

  @Test
  void writesAQualitativeResultAndAStatedRange() throws SQLException {
    assertThat(
            query(
                "select m.measurement_concept_id, m.value_as_number, m.value_as_concept_id,"
                    + " m.value_source_value, m.unit_concept_id, m.range_low, m.range_high"
                    + " from cdm.measurement m join notes2omop.derived_row r on r.row_id ="
                    + " m.measurement_id and r.cdm_table = 'measurement' join cdm.note n on"
                    + " n.note_id = r.note_id where n.note_source_value = ? order by 1 desc",
                "DocumentReference/labs/_history/1"))
        .containsExactly(
            Arrays.asList(
                C_REACTIVE_PROTEIN, null, DoseVocabulary.NEGATIVE, "negativa", null, null, null),
            Arrays.asList(
                CREATININE,
                dec("1.3"),
                null,
                "1,3 mg/dL",
                MILLIGRAM_PER_DECILITER,
                dec("0.5"),
                dec("1.2")));
  }

  @Test
  void writesAMentionMoreSpecificThanAnyConceptAsItsBroaderConceptMarkedSo() throws SQLException {
    assertThat(
            query(
                "select c.condition_concept_id, c.condition_source_value, r.equivalence,"
                    + " r.broader_via, nlp.term_modifiers like '%equivalence=broader%'"
                    + " from cdm.condition_occurrence c join notes2omop.derived_row r on r.row_id"
                    + " = c.condition_occurrence_id and r.cdm_table = 'condition_occurrence'"
                    + " join cdm.note_nlp nlp on nlp.note_nlp_id = r.note_nlp_id join cdm.note n"
                    + " on n.note_id = r.note_id where n.note_source_value = ? order by 1",
                "DocumentReference/uphill/_history/1"))
        .containsExactly(
            Arrays.asList(PNEUMONIA, "neumonía neumocócica", "broader", "neumonía", true),
            Arrays.asList(FEVER, "fiebre", "equal", null, false));
  }

  @Test
  void writesNoConditionForANegatedOrUnmappableMention() throws SQLException {
    for (String id : List.of("negated-uphill", "nothing")) {
      assertThat(
              query(
                  "select count(*) from notes2omop.derived_row r join cdm.note n on n.note_id ="
                      + " r.note_id where n.note_source_value = ?",
                  "DocumentReference/" + id + "/_history/1"))
          .as(id)
          .containsExactly(List.of(0L));
    }
    assertThat(
            query(
                "select nlp.note_nlp_concept_id, nlp.term_exists from cdm.note_nlp nlp join"
                    + " cdm.note n on n.note_id = nlp.note_id where n.note_source_value in (?, ?)"
                    + " order by 1",
                "DocumentReference/negated-uphill/_history/1",
                "DocumentReference/nothing/_history/1"))
        .containsExactly(List.of(0, "Y"), List.of(PNEUMONIA, "N"));
  }

  private static BigDecimal dec(String value) {
    return new BigDecimal(value).stripTrailingZeros();
  }

  private List<List<Object>> drugRows(String id, String columns) throws SQLException {
    return query(
        "select "
            + columns
            + " from cdm.drug_exposure d join notes2omop.derived_row r on r.row_id ="
            + " d.drug_exposure_id and r.cdm_table = 'drug_exposure' join cdm.note n on"
            + " n.note_id = r.note_id where n.note_source_value = ?",
        "DocumentReference/" + id + "/_history/1");
  }

  private List<List<Object>> query(String sql, Object... parameters) throws SQLException {
    try (Connection c = db.getConnection();
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
            Object value = rs.getObject(i);
            row.add(value instanceof BigDecimal d ? d.stripTrailingZeros() : value);
          }
          rows.add(row);
        }
        return rows;
      }
    }
  }

  /** Finds the {@link #PHRASES} in a text, as a model finds spans, then reads them as models do. */
  private static final class PhraseTagger implements NoteTagger {

    @Override
    public List<Mention> tag(String text) {
      List<TagSpan> spans = new ArrayList<>();
      PHRASES.forEach(
          (phrase, label) -> {
            for (int i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
              int start = i;
              if (spans.stream()
                  .noneMatch(s -> s.start() < start + phrase.length() && start < s.end())) {
                spans.add(new TagSpan(i, i + phrase.length(), label));
              }
            }
          });
      spans.sort(Comparator.comparingInt(TagSpan::start));
      return SpanMentions.standard().mentions(text, Tokens.of(text), spans);
    }

    @Override
    public String id() {
      return "phrases-1";
    }
  }
}
