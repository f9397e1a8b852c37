package dev.notes2omop.plugin.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes2omop.omop.review.TermKey;
import dev.notes2omop.trainer.data.RecordCodec;
import dev.notes2omop.trainer.data.SynthRecord;
import dev.notes2omop.vocab.review.Equivalence;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewDecisionsTest {

  @TempDir Path tmp;

  private ReviewFixture fixture;
  private ReviewDecisions decisions;
  private TermQueries queries;

  @BeforeEach
  void writtenNotes() throws Exception {
    fixture = new ReviewFixture(tmp);
    decisions =
        new ReviewDecisions(
            fixture.site, new CorrectionRecords(fixture.dataSource, fixture.schemas));
    queries = new TermQueries(fixture.dataSource, fixture.schemas);
  }

  @AfterEach
  void close() {
    fixture.close();
  }

  private DecisionOutcome decide(TermKey term, DecisionKind kind, int concept) {
    int version = queries.term(term).orElseThrow().version();
    return decisions.decide(
        new DecisionForm(term, kind, concept, Equivalence.EQUAL, "checked", version),
        ReviewFixture.STEWARD);
  }

  @Test
  void remappingAConditionToADrugMovesItsRowsToDrugExposure() throws SQLException {
    TermKey aspirin = ReviewFixture.ASPIRIN;
    assertThat(fixture.derivedConcepts(aspirin, "condition_occurrence"))
        .containsExactly(fixture.otherCondition, fixture.otherCondition, fixture.otherCondition);

    DecisionOutcome outcome = decide(aspirin, DecisionKind.REMAP, fixture.drug);

    assertThat(outcome).isInstanceOf(DecisionOutcome.Applied.class);
    assertThat(fixture.derivedConcepts(aspirin, "condition_occurrence")).isEmpty();
    assertThat(fixture.derivedConcepts(aspirin, "drug_exposure"))
        .containsExactly(fixture.drug, fixture.drug, fixture.drug);
    assertThat(fixture.nlpConcepts(aspirin)).containsOnly(fixture.drug).hasSize(3);
    assertThat(
            fixture.count(
                "SELECT count(*) FROM cdm.drug_exposure WHERE drug_type_concept_id = 32858"
                    + " AND drug_source_value = 'aspirina' AND drug_exposure_end_date IS NOT NULL"))
        .isEqualTo(3);
    assertThat(
            fixture.ints(
                "SELECT target_concept_id FROM cdm.source_to_concept_map WHERE source_code = ?"
                    + " AND source_vocabulary_id = 'NOTES2OMOP' AND ? IS NOT NULL",
                aspirin))
        .containsExactly(fixture.drug);
    assertThat(queries.term(aspirin).orElseThrow().state()).isEqualTo("REMAPPED");
    assertThat(queries.history(aspirin))
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.decidedBy()).isEqualTo(ReviewFixture.STEWARD);
              assertThat(h.previous().id()).isEqualTo(fixture.otherCondition);
              assertThat(h.concept().id()).isEqualTo(fixture.drug);
            });
  }

  @Test
  void remappingWithinADomainUpdatesTheRowsInPlace() throws SQLException {
    List<Integer> before =
        fixture.ints(
            "SELECT d.row_id FROM notes2omop.derived_row d JOIN notes2omop.nlp_mention m"
                + " ON m.note_nlp_id = d.note_nlp_id WHERE m.folded_key = ? AND m.label = ?"
                + " ORDER BY 1",
            ReviewFixture.METFORMIN);

    DecisionOutcome outcome = decide(ReviewFixture.METFORMIN, DecisionKind.REMAP, fixture.drugTwo);

    assertThat(((DecisionOutcome.Applied) outcome).rows().updated()).isEqualTo(2);
    assertThat(fixture.derivedConcepts(ReviewFixture.METFORMIN, "drug_exposure"))
        .containsExactly(fixture.drugTwo, fixture.drugTwo);
    assertThat(
            fixture.ints(
                "SELECT d.row_id FROM notes2omop.derived_row d JOIN notes2omop.nlp_mention m"
                    + " ON m.note_nlp_id = d.note_nlp_id WHERE m.folded_key = ? AND m.label = ?"
                    + " ORDER BY 1",
                ReviewFixture.METFORMIN))
        .isEqualTo(before);
  }

  @Test
  void noConceptRemovesTheDerivedRowsAndKeepsTheMentions() throws SQLException {
    DecisionOutcome outcome = decide(ReviewFixture.HTA, DecisionKind.NO_CONCEPT, 0);

    assertThat(((DecisionOutcome.Applied) outcome).rows().removed()).isEqualTo(3);
    assertThat(fixture.derivedConcepts(ReviewFixture.HTA, "condition_occurrence")).isEmpty();
    assertThat(fixture.nlpConcepts(ReviewFixture.HTA)).containsExactly(0, 0, 0);
    assertThat(
            fixture.count(
                "SELECT count(*) FROM notes2omop.derived_row d WHERE NOT EXISTS"
                    + " (SELECT 1 FROM cdm.condition_occurrence c WHERE c.condition_occurrence_id = d.row_id)"
                    + " AND d.cdm_table = 'condition_occurrence'"))
        .isZero();
  }

  @Test
  void notAnEntityRemovesTheRowsAndKeepsTrainingRecordsWithoutTheMention() throws Exception {
    DecisionOutcome outcome = decide(ReviewFixture.ASPIRIN, DecisionKind.NOT_ENTITY, 0);

    assertThat(outcome).isInstanceOf(DecisionOutcome.Applied.class);
    assertThat(fixture.derivedConcepts(ReviewFixture.ASPIRIN, "condition_occurrence")).isEmpty();
    assertThat(fixture.derivedConcepts(ReviewFixture.ASPIRIN, "drug_exposure")).isEmpty();
    assertThat(queries.term(ReviewFixture.ASPIRIN).orElseThrow().state()).isEqualTo("NOT_ENTITY");
    java.io.StringWriter out = new java.io.StringWriter();
    int written = CorrectionExport.write(fixture.dataSource, fixture.schemas, out);
    assertThat(written).isEqualTo(3);
    for (String line : out.toString().split("\n")) {
      SynthRecord record = RecordCodec.fromJson(line);
      assertThat(record.text()).contains("aspirina");
      assertThat(record.entities()).noneMatch(e -> e.text().equals("aspirina"));
      assertThat(record.meta().template()).isEqualTo("review.not-entity");
    }
  }

  @Test
  void mappingAnUnmappedTermDerivesRowsOnlyForItsAffirmedMentions() throws SQLException {
    decide(ReviewFixture.CHEST_PAIN, DecisionKind.REMAP, ReviewFixture.HYPERTENSION);

    assertThat(fixture.nlpConcepts(ReviewFixture.CHEST_PAIN))
        .containsExactly(ReviewFixture.HYPERTENSION, ReviewFixture.HYPERTENSION);
    assertThat(fixture.derivedConcepts(ReviewFixture.CHEST_PAIN, "condition_occurrence"))
        .containsExactly(ReviewFixture.HYPERTENSION);
  }

  @Test
  void theSameDecisionTwiceChangesNothing() throws SQLException {
    decide(ReviewFixture.ASPIRIN, DecisionKind.REMAP, fixture.drug);
    int drugs = fixture.count("SELECT count(*) FROM cdm.drug_exposure");
    int maxId = fixture.count("SELECT max(drug_exposure_id) FROM cdm.drug_exposure");

    DecisionOutcome again = decide(ReviewFixture.ASPIRIN, DecisionKind.REMAP, fixture.drug);

    assertThat(again).isInstanceOf(DecisionOutcome.Unchanged.class);
    assertThat(fixture.count("SELECT count(*) FROM cdm.drug_exposure")).isEqualTo(drugs);
    assertThat(fixture.count("SELECT max(drug_exposure_id) FROM cdm.drug_exposure"))
        .isEqualTo(maxId);
    assertThat(queries.history(ReviewFixture.ASPIRIN)).hasSize(1);
  }

  @Test
  void aFormThatSawAnOlderStateIsRefusedAndChangesNothing() throws SQLException {
    int seen = queries.term(ReviewFixture.HTA).orElseThrow().version();
    decide(ReviewFixture.HTA, DecisionKind.APPROVE, 0);

    DecisionOutcome stale =
        decisions.decide(
            new DecisionForm(
                ReviewFixture.HTA, DecisionKind.NO_CONCEPT, 0, Equivalence.EQUAL, null, seen),
            "someone-else");

    assertThat(stale).isInstanceOf(DecisionOutcome.Refused.class);
    assertThat(((DecisionOutcome.Refused) stale).reason()).contains("reload");
    assertThat(fixture.nlpConcepts(ReviewFixture.HTA)).containsOnly(ReviewFixture.HYPERTENSION);
  }

  @Test
  void twoStewardsDecidingTheSameTermAtOnceGetOneDecisionAndOneRefusal() throws Exception {
    int seen = queries.term(ReviewFixture.ASPIRIN).orElseThrow().version();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<DecisionOutcome>> outcomes = new java.util.ArrayList<>();
      for (int concept : List.of(fixture.drug, fixture.drugTwo)) {
        outcomes.add(
            pool.submit(
                () -> {
                  go.await();
                  return decisions.decide(
                      new DecisionForm(
                          ReviewFixture.ASPIRIN,
                          DecisionKind.REMAP,
                          concept,
                          Equivalence.EQUAL,
                          null,
                          seen),
                      "steward-" + concept);
                }));
      }
      go.countDown();
      List<DecisionOutcome> done = new java.util.ArrayList<>();
      for (java.util.concurrent.Future<DecisionOutcome> outcome : outcomes) {
        done.add(outcome.get());
      }
      assertThat(done).filteredOn(o -> o instanceof DecisionOutcome.Applied).hasSize(1);
      assertThat(done).filteredOn(o -> o instanceof DecisionOutcome.Refused).hasSize(1);
      int winner =
          ((DecisionOutcome.Applied)
                  done.stream()
                      .filter(o -> o instanceof DecisionOutcome.Applied)
                      .findFirst()
                      .orElseThrow())
              .conceptId();
      assertThat(fixture.derivedConcepts(ReviewFixture.ASPIRIN, "drug_exposure"))
          .containsExactly(winner, winner, winner);
      assertThat(queries.history(ReviewFixture.ASPIRIN)).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anUnknownConceptIsRefusedAndChangesNothing() throws SQLException {
    DecisionOutcome outcome = decide(ReviewFixture.ASPIRIN, DecisionKind.REMAP, 999_999_999);

    assertThat(outcome).isInstanceOf(DecisionOutcome.Refused.class);
    assertThat(((DecisionOutcome.Refused) outcome).reason()).contains("999999999");
    assertThat(fixture.derivedConcepts(ReviewFixture.ASPIRIN, "condition_occurrence")).hasSize(3);
    assertThat(queries.history(ReviewFixture.ASPIRIN)).isEmpty();
  }
}
