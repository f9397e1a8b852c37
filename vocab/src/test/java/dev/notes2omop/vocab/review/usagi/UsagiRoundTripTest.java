package dev.notes2omop.vocab.review.usagi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes2omop.core.mapping.ConceptMatch;
import dev.notes2omop.vocab.review.Decision;
import dev.notes2omop.vocab.review.DecisionStore;
import dev.notes2omop.vocab.review.Equivalence;
import dev.notes2omop.vocab.review.ReviewSettings;
import dev.notes2omop.vocab.review.ReviewStatus;
import dev.notes2omop.vocab.review.StewardOverrides;
import dev.notes2omop.vocab.review.TargetType;
import dev.notes2omop.vocab.testing.SampleVocabularies;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsagiRoundTripTest {

  private static final Path SAVE_FILE = Path.of("src/test/resources/usagi/usagi-save.csv");
  private static final Path MALFORMED = Path.of("src/test/resources/usagi/usagi-malformed.csv");
  private static final AtomicInteger NEXT = new AtomicInteger();

  @TempDir Path dir;

  private static DecisionStore freshStore() {
    return new DecisionStore(
        SampleVocabularies.loadedDatabase(),
        new ReviewSettings(
            SampleVocabularies.CDM, "notes2omop", "USAGI_" + NEXT.incrementAndGet()));
  }

  @Test
  void importsAUsagiSaveFileRowByRow() throws Exception {
    DecisionStore store = freshStore();

    UsagiImportReport report = new UsagiImporter(store).importFile(SAVE_FILE, "importer");

    assertThat(report).isEqualTo(new UsagiImportReport(8, 7, 0, 0, 1));
    List<Decision> decisions = store.list(null);
    assertThat(decisions)
        .extracting(
            Decision::sourceCode,
            Decision::mentionDomain,
            Decision::targetConceptId,
            Decision::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("asma", null, 317009, ReviewStatus.FLAGGED),
            org.assertj.core.groups.Tuple.tuple("dm2", null, 201826, ReviewStatus.APPROVED),
            org.assertj.core.groups.Tuple.tuple("dm2", null, 317009, ReviewStatus.APPROVED),
            org.assertj.core.groups.Tuple.tuple("hta", "Condition", 320128, ReviewStatus.APPROVED),
            org.assertj.core.groups.Tuple.tuple("paciente", null, 0, ReviewStatus.APPROVED),
            org.assertj.core.groups.Tuple.tuple(
                "paracetamol", "Drug", 1125315, ReviewStatus.AUTO_MAPPED),
            org.assertj.core.groups.Tuple.tuple(
                "ta", "Measurement", 40758413, ReviewStatus.APPROVED));
    Decision hta = decisions.get(3);
    assertThat(hta.comment()).isEqualTo("checked, see \"guía clínica\"");
    assertThat(hta.statusSetBy()).isEqualTo("ana");
    assertThat(hta.statusSetOn()).isEqualTo(Instant.ofEpochMilli(1_700_000_000_000L));
    assertThat(hta.createdOn()).isEqualTo(Instant.ofEpochMilli(1_699_990_000_000L));
    Decision asma = decisions.get(0);
    assertThat(asma.comment()).isEqualTo("two lines:\r\nask the pneumologist");
    assertThat(asma.targetType()).as("EVENT of older files").isEqualTo(TargetType.MAPS_TO);
    assertThat(asma.equivalence()).isEqualTo(Equivalence.INEXACT);
    Decision paciente = decisions.get(4);
    assertThat(paciente.createdBy())
        .as("the file does not say: the importer")
        .isEqualTo("importer");
    assertThat(decisions.get(5).matchScore()).isEqualTo(0.87);
    assertThat(stcmCodes(store.settings().sourceVocabularyId()))
        .containsExactly("dm2/201826", "dm2/317009", "hta/320128", "paciente/0", "ta/40758413");

    StewardOverrides overrides =
        StewardOverrides.load(SampleVocabularies.loadedDatabase(), store.settings());
    assertThat(overrides.find("HTA", "Condition")).map(ConceptMatch::conceptId).contains(320128);
    assertThat(overrides.find("HTA", "Drug")).as("limited to Condition mentions").isEmpty();
    assertThat(overrides.find("paciente", "Condition")).contains(ConceptMatch.NONE);
    assertThat(overrides.find("paracetamol", "Drug")).as("not approved").isEmpty();
  }

  @Test
  void importThenExportThenImportGivesTheSameDecisionsAndTheSameBytes() throws Exception {
    DecisionStore first = freshStore();
    new UsagiImporter(first).importFile(SAVE_FILE, "importer");
    Path exported = dir.resolve("exported.csv");
    Path again = dir.resolve("again.csv");

    assertThat(new UsagiExporter(first).export(exported)).isEqualTo(7);
    new UsagiExporter(first).export(again);
    DecisionStore second = freshStore();
    UsagiImportReport report = new UsagiImporter(second).importFile(exported, "someone else");
    Path fromSecond = dir.resolve("second.csv");
    new UsagiExporter(second).export(fromSecond);

    assertThat(report).isEqualTo(new UsagiImportReport(7, 7, 0, 0, 0));
    assertThat(second.list(null))
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields(
            "decisionId", "sourceVocabularyId", "updatedAt")
        .containsExactlyElementsOf(first.list(null));
    assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(exported));
    assertThat(Files.readAllBytes(fromSecond)).isEqualTo(Files.readAllBytes(exported));
    assertThat(new UsagiImporter(first).importFile(exported, "importer"))
        .as("re-importing its own export changes nothing")
        .isEqualTo(new UsagiImportReport(7, 0, 0, 7, 0));
  }

  @Test
  void exportsUsagisColumnsWithQuotingAndCrlf() throws Exception {
    DecisionStore store = freshStore();
    new UsagiImporter(store).importFile(SAVE_FILE, "importer");
    Path exported = dir.resolve("exported.csv");

    new UsagiExporter(store).export(exported);

    String text = Files.readString(exported, StandardCharsets.UTF_8);
    assertThat(text)
        .startsWith(
            "sourceCode,sourceName,sourceFrequency,sourceAutoAssignedConceptIds,"
                + "ADD_INFO:mentionDomain,matchScore,mappingStatus,equivalence,statusSetBy,"
                + "statusSetOn,conceptId,conceptName,domainId,mappingType,comment,createdBy,"
                + "createdOn,assignedReviewer\r\n")
        .contains(
            "hta [Condition],HTA,0,,Condition,1.00,APPROVED,EQUAL,ana,1700000000000,320128,"
                + "Essential hypertension,Condition,MAPS_TO,\"checked, see \"\"guía clínica\"\"\","
                + "ana,1699990000000,\r\n")
        .contains(
            "paracetamol [Drug],Paracetamol,0,,Drug,0.87,AUTO_MAPPED,UNREVIEWED,,0,1125315,"
                + "Acetaminophen,Drug,MAPS_TO,,importer,")
        .endsWith("\r\n");
  }

  @Test
  void reportsEveryMalformedLineWithItsNumberAndWritesNothing() throws Exception {
    DecisionStore store = freshStore();

    assertThatThrownBy(() -> new UsagiImporter(store).importFile(MALFORMED, "importer"))
        .isInstanceOfSatisfying(
            UsagiImportException.class,
            e ->
                assertThat(e.errors())
                    .containsExactly(
                        MALFORMED + ":3: conceptId 'abc' is not a concept id",
                        MALFORMED
                            + ":6: concept 999999999 does not exist in cdm.concept: check the id,"
                            + " or load the vocabulary that has it ('vocab load')",
                        MALFORMED + ":7: 17 fields where the header has 18 (a stray comma?)",
                        MALFORMED
                            + ":8: unknown mapping status 'MAYBE': use one of APPROVED, UNCHECKED,"
                            + " AUTO_MAPPED, AUTO_MAPPED_TO_1, INVALID_TARGET, FLAGGED, IGNORED"))
        .hasMessageStartingWith(MALFORMED + " was not imported: 4 errors, nothing was written");
    assertThat(store.list(null)).isEmpty();
  }

  @Test
  void reportsAnUnclosedQuoteAtTheLineWhereTheFieldStarts() throws Exception {
    Path file = dir.resolve("unclosed.csv");
    Files.writeString(
        file,
        "sourceCode,sourceName,matchScore,mappingStatus,conceptId,comment\n"
            + "hta,HTA,1,APPROVED,320128,\"never closed\nhta,HTA,1,APPROVED,320128,\n",
        StandardCharsets.UTF_8);

    assertThatThrownBy(() -> new UsagiImporter(freshStore()).importFile(file, "x"))
        .isInstanceOf(UsagiImportException.class)
        .hasMessageContaining(file + ":2: a quoted field is not closed before the end of the file");
  }

  @Test
  void rejectsAFileThatIsNotAUsagiSaveFile() throws Exception {
    Path file = dir.resolve("other.csv");
    Files.writeString(file, "code,name\nhta,HTA\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> new UsagiImporter(freshStore()).importFile(file, "x"))
        .hasMessageContaining(
            file
                + ":1: not a Usagi save file, the header lacks sourceCode, sourceName,"
                + " matchScore, mappingStatus, conceptId");
  }

  private static List<String> stcmCodes(String vocabulary) throws Exception {
    List<String> codes = new ArrayList<>();
    try (Connection c = SampleVocabularies.loadedDatabase().getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT source_code || '/' || target_concept_id FROM cdm.source_to_concept_map"
                    + " WHERE source_vocabulary_id = '"
                    + vocabulary
                    + "' ORDER BY 1")) {
      while (rs.next()) {
        codes.add(rs.getString(1));
      }
    }
    return codes;
  }
}
