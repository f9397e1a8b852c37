package dev.notes2omop.plugin.review;

import dev.notes2omop.core.mapping.ConceptMatch;
import dev.notes2omop.core.mapping.MappedMention;
import dev.notes2omop.core.mapping.MatchType;
import dev.notes2omop.core.nlp.Assertion;
import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.core.nlp.Mention;
import dev.notes2omop.core.note.ClinicalNote;
import dev.notes2omop.core.note.Gender;
import dev.notes2omop.core.note.NoteStatus;
import dev.notes2omop.core.note.PersonRecord;
import dev.notes2omop.core.pipeline.AnnotatedNote;
import dev.notes2omop.omop.review.TermKey;
import dev.notes2omop.omop.review.TermSummary;
import dev.notes2omop.omop.schema.SchemaNames;
import dev.notes2omop.omop.testing.TestDatabase;
import dev.notes2omop.omop.write.OmopNoteWriter;
import dev.notes2omop.omop.write.PersonWriter;
import dev.notes2omop.plugin.runtime.BundledResources;
import dev.notes2omop.plugin.runtime.ConceptMappers;
import dev.notes2omop.plugin.runtime.MappingSettings;
import dev.notes2omop.vocab.index.BuildProgress;
import dev.notes2omop.vocab.load.AthenaLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * A migrated database with the sample vocabulary, a few notes written through the OMOP writer with
 * known mentions and concepts, the term summary built, a steward and a viewer: what the review
 * tests work on.
 */
final class ReviewFixture implements AutoCloseable {

  static final String STEWARD = "ana";
  static final String VIEWER = "victor";
  static final String PASSWORD = "secret-password-1";

  /** Essential hypertension, a standard SNOMED condition of the samples. */
  static final int HYPERTENSION = 320128;

  static final TermKey HTA = new TermKey("hipertension", "CONDITION");
  static final TermKey CHEST_PAIN = new TermKey("dolor toracico", "CONDITION");
  static final TermKey ASPIRIN = new TermKey("aspirina", "CONDITION");
  static final TermKey METFORMIN = new TermKey("metformina", "DRUG");

  final DataSource dataSource;
  final SchemaNames schemas = SchemaNames.defaults();
  final int otherCondition;
  final int drug;
  final int drugTwo;
  final ConceptMappers mappers;
  final ReviewSite site;

  ReviewFixture(Path tmp) throws Exception {
    dataSource = TestDatabase.freshDatabase();
    Path vocab = BundledResources.extract("sample-vocab", tmp.resolve("vocab"));
    new AthenaLoader(dataSource, schemas.cdm())
        .loadAll(List.of(vocab.resolve("gibleed"), vocab.resolve("synthea27nj")), (t, n) -> {});
    otherCondition = standard("Condition", HYPERTENSION, 0);
    drug = standard("Drug", 0, 0);
    drugTwo = standard("Drug", drug, 0);
    writeNotes();
    new ReviewUsers(dataSource, schemas)
        .add(STEWARD, ReviewUsers.Role.STEWARD, PASSWORD.toCharArray());
    new ReviewUsers(dataSource, schemas)
        .add(VIEWER, ReviewUsers.Role.VIEWER, PASSWORD.toCharArray());
    try (Connection c = dataSource.getConnection()) {
      new TermSummary(schemas).rebuild(c);
    }
    mappers =
        ConceptMappers.open(
            dataSource,
            schemas,
            MappingSettings.defaults(tmp.resolve("data")),
            null,
            BuildProgress.NONE);
    site =
        new ReviewSite(
            dataSource,
            schemas,
            "NOTES2OMOP",
            mappers.index(),
            mappers.overrides(),
            Duration.ofMinutes(10));
  }

  /** A standard concept of the domain, other than the two given, smallest id first. */
  private int standard(String domain, int not, int notEither) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT concept_id FROM cdm.concept WHERE domain_id = ? AND standard_concept = 'S'"
                    + " AND invalid_reason IS NULL AND concept_id NOT IN (?, ?)"
                    + " ORDER BY concept_id LIMIT 1")) {
      s.setString(1, domain);
      s.setInt(2, not);
      s.setInt(3, notEither);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  private void writeNotes() {
    PersonWriter persons = new PersonWriter(dataSource, schemas);
    persons.upsert(new PersonRecord("Patient/1", Gender.FEMALE, 1961, 4, 2, "female"));
    persons.upsert(new PersonRecord("Patient/2", Gender.MALE, 1950, 1, 9, "male"));
    OmopNoteWriter writer = new OmopNoteWriter(dataSource, schemas);
    ConceptMatch hta =
        new ConceptMatch(
            HYPERTENSION,
            "Essential hypertension",
            "Condition",
            "SNOMED",
            "59621000",
            0,
            0.93,
            MatchType.LEXICON);
    ConceptMatch wrong =
        new ConceptMatch(otherCondition, "x", "Condition", "SNOMED", "1", 0, 0.61, MatchType.FUZZY);
    ConceptMatch met = new ConceptMatch(drug, "y", "Drug", "RxNorm", "2", 0, 0.95, MatchType.EXACT);
    String[] texts = {
      "Paciente con hipertensión en tratamiento con metformina. Refiere dolor torácico opresivo."
          + " Toma aspirina diaria.",
      "Antecedentes: hipertensión. Niega dolor torácico. Tratamiento: aspirina y metformina.",
      "Control de hipertensión. Tomó aspirina ayer por cefalea."
    };
    for (int i = 0; i < texts.length; i++) {
      String text = texts[i];
      List<MappedMention> mentions = new ArrayList<>();
      mentions.add(mention(text, "hipertensión", EntityLabel.CONDITION, hta, Assertion.AFFIRMED));
      if (text.contains("metformina")) {
        mentions.add(mention(text, "metformina", EntityLabel.DRUG, met, Assertion.AFFIRMED));
      }
      if (text.contains("dolor torácico")) {
        Assertion assertion =
            text.contains("Niega") ? Assertion.AFFIRMED.withNegated(true) : Assertion.AFFIRMED;
        mentions.add(
            mention(text, "dolor torácico", EntityLabel.CONDITION, ConceptMatch.NONE, assertion));
      }
      mentions.add(mention(text, "aspirina", EntityLabel.CONDITION, wrong, Assertion.AFFIRMED));
      ClinicalNote note =
          new ClinicalNote(
              "DocumentReference/r" + (i + 1),
              "1",
              "Patient/" + (i % 2 + 1),
              null,
              LocalDate.of(2024, 3, 1 + i),
              null,
              null,
              "nota " + (i + 1),
              text,
              NoteStatus.CURRENT);
      writer.write(
          new AnnotatedNote(
              note, mentions, "notes2omop test", Instant.parse("2024-03-10T10:00:00Z")));
    }
  }

  private static MappedMention mention(
      String text, String span, EntityLabel label, ConceptMatch concept, Assertion assertion) {
    int start = text.indexOf(span);
    return new MappedMention(
        new Mention(start, start + span.length(), span, label, assertion, null, 0), concept, 0, 0);
  }

  /** Rows of a derived table that come from the term's mentions, as their concept ids. */
  List<Integer> derivedConcepts(TermKey term, String table) throws SQLException {
    String column =
        switch (table) {
          case "condition_occurrence" -> "condition_concept_id";
          case "drug_exposure" -> "drug_concept_id";
          default -> "measurement_concept_id";
        };
    return ints(
        "SELECT x."
            + column
            + " FROM cdm."
            + table
            + " x JOIN notes2omop.derived_row d ON d.row_id = x."
            + table
            + "_id AND d.cdm_table = '"
            + table
            + "' JOIN notes2omop.nlp_mention m ON m.note_nlp_id = d.note_nlp_id"
            + " WHERE m.folded_key = ? AND m.label = ? ORDER BY 1",
        term);
  }

  /** NOTE_NLP concept ids of the term's mentions. */
  List<Integer> nlpConcepts(TermKey term) throws SQLException {
    return ints(
        "SELECT n.note_nlp_concept_id FROM cdm.note_nlp n JOIN notes2omop.nlp_mention m"
            + " ON m.note_nlp_id = n.note_nlp_id WHERE m.folded_key = ? AND m.label = ?"
            + " ORDER BY n.note_nlp_id",
        term);
  }

  List<Integer> ints(String sql, TermKey term) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      if (term != null) {
        s.setString(1, term.foldedKey());
        s.setString(2, term.label());
      }
      List<Integer> out = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getInt(1));
        }
      }
      return out;
    }
  }

  /** A whole-table count. */
  int count(String sql) throws SQLException {
    return ints(sql, null).get(0);
  }

  @Override
  public void close() {
    mappers.close();
  }
}
