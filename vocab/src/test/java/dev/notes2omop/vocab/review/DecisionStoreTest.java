package dev.notes2omop.vocab.review;

import static dev.notes2omop.vocab.review.ReviewFixtures.ASTHMA;
import static dev.notes2omop.vocab.review.ReviewFixtures.BRAIN_DAMAGE_TRAUMATIC;
import static dev.notes2omop.vocab.review.ReviewFixtures.ESSENTIAL_HYPERTENSION;
import static dev.notes2omop.vocab.review.ReviewFixtures.TYPE_2_DIABETES;
import static dev.notes2omop.vocab.review.ReviewFixtures.stcmRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes2omop.vocab.review.DecisionStore.Outcome;
import dev.notes2omop.vocab.review.ReviewFixtures.StcmRow;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionStoreTest {

  private final ReviewSettings settings = ReviewFixtures.freshSettings();
  private final DecisionStore store = new DecisionStore(ReviewFixtures.database(), settings);

  @Test
  void approvalWritesTheSourceToConceptMapRowAndRejectionRemovesIt() throws Exception {
    Decision approved =
        store.approve(
            "Hipertensión Arterial", null, ESSENTIAL_HYPERTENSION, Equivalence.EQUAL, "ana", null);

    assertThat(approved.sourceCode()).isEqualTo("hipertension arterial");
    assertThat(approved.statusSetBy()).isEqualTo("ana");
    assertThat(approved.statusSetOn()).isNotNull();
    assertThat(approved.createdBy()).isEqualTo("ana");
    assertThat(stcmRows(settings.sourceVocabularyId()))
        .containsExactly(
            new StcmRow(
                "hipertension arterial",
                0,
                settings.sourceVocabularyId(),
                "Hipertensión Arterial",
                ESSENTIAL_HYPERTENSION,
                "SNOMED",
                "2099-12-31",
                null));

    Decision rejected =
        store.reject("hipertension arterial", null, ESSENTIAL_HYPERTENSION, "luis", "wrong");

    assertThat(rejected.decisionId()).isEqualTo(approved.decisionId());
    assertThat(rejected.status()).isEqualTo(ReviewStatus.IGNORED);
    assertThat(rejected.statusSetBy()).isEqualTo("luis");
    assertThat(rejected.createdBy()).as("creation is kept").isEqualTo("ana");
    assertThat(stcmRows(settings.sourceVocabularyId())).isEmpty();
  }

  @Test
  void keepsOneSourceToConceptMapRowPerTargetWhateverTheMentionDomains() throws Exception {
    store.approve("DM", "Condition", TYPE_2_DIABETES, Equivalence.EQUAL, "ana", null);
    store.approve("DM", null, TYPE_2_DIABETES, Equivalence.EQUAL, "ana", null);
    store.approve("DM", null, ASTHMA, Equivalence.INEXACT, "ana", null);

    assertThat(stcmRows(settings.sourceVocabularyId()))
        .extracting(StcmRow::sourceCode, StcmRow::targetConceptId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("dm", TYPE_2_DIABETES),
            org.assertj.core.groups.Tuple.tuple("dm", ASTHMA));

    store.reject("DM", null, TYPE_2_DIABETES, "ana", null);
    assertThat(stcmRows(settings.sourceVocabularyId()))
        .as("still approved for Condition mentions")
        .extracting(StcmRow::targetConceptId)
        .containsExactly(TYPE_2_DIABETES, ASTHMA);

    store.reject("DM", "condition", TYPE_2_DIABETES, "ana", null);
    assertThat(stcmRows(settings.sourceVocabularyId()))
        .extracting(StcmRow::targetConceptId)
        .containsExactly(ASTHMA);
  }

  @Test
  void recordsTheNoConceptDecisionWithTargetZeroInSourceToConceptMap() throws Exception {
    Decision none = store.approveNoConcept("paciente", null, "ana", "not a finding");

    assertThat(none.isNoConcept()).isTrue();
    assertThat(none.equivalence()).isEqualTo(Equivalence.UNMATCHED);
    assertThat(stcmRows(settings.sourceVocabularyId()))
        .extracting(StcmRow::sourceCode, StcmRow::targetConceptId, StcmRow::targetVocabularyId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("paciente", 0, "None"));
  }

  @Test
  void rejectsAnUnknownConceptWithAClearMessageAndWritesNothing() throws Exception {
    assertThatThrownBy(
            () -> store.approve("HTA", null, 999_999_999, Equivalence.EQUAL, "ana", null))
        .isInstanceOf(ReviewException.class)
        .hasMessage(
            "cannot record 'HTA': concept 999999999 does not exist in cdm.concept: check the id,"
                + " or load the vocabulary that has it ('vocab load')")
        .extracting(e -> ((ReviewException) e).reason())
        .isEqualTo(ReviewException.Reason.UNKNOWN_CONCEPT);
    assertThat(store.list(null)).isEmpty();
    assertThat(stcmRows(settings.sourceVocabularyId())).isEmpty();
  }

  @Test
  void rejectsANonStandardConceptNamingItsMapsToTarget() {
    assertThatThrownBy(
            () ->
                store.approve("TCE", null, BRAIN_DAMAGE_TRAUMATIC, Equivalence.EQUAL, "ana", null))
        .isInstanceOf(ReviewException.class)
        .hasMessageContaining(
            "concept 4166590 'Brain damage - traumatic' (SNOMED) is not a standard")
        .hasMessageContaining("use its 'Maps to' target 4132546 'Traumatic brain injury'");
  }

  @Test
  void aBatchWithOneBadConceptWritesNothing() {
    List<DecisionRequest> batch =
        List.of(
            DecisionRequest.of(
                "HTA",
                null,
                ESSENTIAL_HYPERTENSION,
                ReviewStatus.APPROVED,
                Equivalence.EQUAL,
                "ana",
                null),
            DecisionRequest.of(
                "DM", null, 42, ReviewStatus.APPROVED, Equivalence.EQUAL, "ana", null));

    assertThatThrownBy(() -> store.recordAll(batch)).hasMessageContaining("concept 42");
    assertThat(store.list(null)).isEmpty();
  }

  @Test
  void reportsWhetherARecordCreatedUpdatedOrChangedNothing() {
    DecisionRequest approve =
        DecisionRequest.of(
            "asma", "Condition", ASTHMA, ReviewStatus.APPROVED, Equivalence.EQUAL, "ana", null);

    assertThat(store.record(approve).outcome()).isEqualTo(Outcome.CREATED);
    assertThat(store.record(approve).outcome()).isEqualTo(Outcome.UNCHANGED);
    DecisionStore.Recorded again =
        store.record(
            DecisionRequest.of(
                "Asma",
                "Condition",
                ASTHMA,
                ReviewStatus.APPROVED,
                Equivalence.EQUIVALENT,
                "luis",
                "checked"));
    assertThat(again.outcome()).isEqualTo(Outcome.UPDATED);
    assertThat(again.decision().term()).isEqualTo("Asma");
    assertThat(again.decision().statusSetBy())
        .as("the status did not change: its setter is kept")
        .isEqualTo("ana");
    assertThat(store.forTerm("ASMA")).hasSize(1);
  }

  @Test
  void truncatesLongKeysToFiftyCharactersWithAHashAndTheDescriptionTo255() throws Exception {
    String longTerm =
        "Hipertensión arterial sistémica esencial de larga evolución con mal control "
            + "x".repeat(300);
    String otherLong =
        "Hipertensión arterial sistémica esencial de larga evolución con buen control";

    Decision a =
        store.approve(longTerm, null, ESSENTIAL_HYPERTENSION, Equivalence.EQUAL, "a", null);
    Decision b =
        store.approve(otherLong, null, ESSENTIAL_HYPERTENSION, Equivalence.EQUAL, "a", null);

    assertThat(a.sourceCode()).hasSize(50).startsWith("hipertension arterial sistemica esencia~");
    assertThat(a.sourceCode()).isEqualTo(SourceCodes.ofTerm(longTerm.toUpperCase()));
    assertThat(b.sourceCode()).hasSize(50).isNotEqualTo(a.sourceCode());
    assertThat(a.foldedKey()).hasSize(longTerm.length());
    assertThat(stcmRows(settings.sourceVocabularyId()))
        .extracting(StcmRow::description)
        .anySatisfy(d -> assertThat(d).hasSize(255).startsWith("Hipertensión"));
  }

  @Test
  void rejectsRequestsThatCannotBeDecisions() {
    assertThatThrownBy(() -> store.approve("--", null, ASTHMA, Equivalence.EQUAL, "ana", null))
        .hasMessageContaining("has no letters or digits");
    assertThatThrownBy(
            () -> store.approve("asma", "Observation", ASTHMA, Equivalence.EQUAL, "ana", null))
        .hasMessageContaining("unknown mention domain 'Observation'");
    assertThatThrownBy(
            () ->
                store.record(
                    DecisionRequest.of(
                        "asma",
                        null,
                        0,
                        ReviewStatus.UNCHECKED,
                        Equivalence.UNREVIEWED,
                        "ana",
                        null)))
        .hasMessageContaining("a decision without a concept must be APPROVED");
  }

  @Test
  void publishesUnderACustomSourceVocabularyId() throws Exception {
    ReviewSettings site =
        settings.withSourceVocabularyId("HOSP_X_" + settings.sourceVocabularyId());
    DecisionStore siteStore = new DecisionStore(ReviewFixtures.database(), site);

    siteStore.approve("HTA", null, ESSENTIAL_HYPERTENSION, Equivalence.EQUAL, "ana", null);

    assertThat(stcmRows(site.sourceVocabularyId()))
        .extracting(StcmRow::sourceVocabularyId, StcmRow::sourceCode)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(site.sourceVocabularyId(), "hta"));
    assertThat(stcmRows(settings.sourceVocabularyId())).isEmpty();
    assertThat(store.list(null)).isEmpty();
    assertThat(siteStore.list(ReviewStatus.APPROVED)).hasSize(1);
    assertThatThrownBy(() -> settings.withSourceVocabularyId("X".repeat(21)))
        .hasMessageContaining("at most 20");
  }
}
